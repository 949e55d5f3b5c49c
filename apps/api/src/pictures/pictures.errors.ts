import { DomainError } from '../common/domain-error.js';

export type PictureErrorCode = 'NOT_YOUR_TEAM' | 'TEAM_NOT_FOUND' | 'PICTURE_NOT_FOUND';

const STATUS: Record<PictureErrorCode, number> = {
  NOT_YOUR_TEAM: 403,
  TEAM_NOT_FOUND: 404,
  PICTURE_NOT_FOUND: 404,
};

export class PictureError extends DomainError<PictureErrorCode> {
  constructor(code: PictureErrorCode, message: string) {
    super(code, STATUS[code], message);
  }
}
