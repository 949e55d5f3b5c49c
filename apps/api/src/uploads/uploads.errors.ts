import { DomainError } from '../common/domain-error.js';

export type UploadErrorCode =
  | 'FILE_REQUIRED'
  | 'UNSUPPORTED_TYPE'
  | 'UNREADABLE_IMAGE'
  | 'IMAGE_TOO_LARGE'
  | 'TOO_MANY_IMAGES'
  | 'NOT_YOUR_SUBMISSION'
  | 'IMAGE_NOT_FOUND';

const STATUS: Record<UploadErrorCode, number> = {
  FILE_REQUIRED: 400,
  UNSUPPORTED_TYPE: 415,
  UNREADABLE_IMAGE: 422,
  IMAGE_TOO_LARGE: 422,
  TOO_MANY_IMAGES: 409,
  NOT_YOUR_SUBMISSION: 403,
  IMAGE_NOT_FOUND: 404,
};

export class UploadError extends DomainError<UploadErrorCode> {
  constructor(code: UploadErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
