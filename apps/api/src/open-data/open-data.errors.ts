import { DomainError } from '../common/domain-error.js';

export type OpenDataErrorCode =
  | 'EVENT_NOT_PUBLIC'
  | 'RESULTS_NOT_PUBLISHED'
  | 'CHALLENGE_NOT_FOUND'
  | 'DATASET_NOT_FOUND'
  | 'ORGANIZATION_NOT_FOUND'
  | 'EVENT_NOT_EMPTY'
  | 'PACKAGE_INVALID';

const STATUS: Record<OpenDataErrorCode, number> = {
  EVENT_NOT_PUBLIC: 404,
  RESULTS_NOT_PUBLISHED: 409,
  CHALLENGE_NOT_FOUND: 404,
  DATASET_NOT_FOUND: 404,
  ORGANIZATION_NOT_FOUND: 404,
  EVENT_NOT_EMPTY: 409,
  PACKAGE_INVALID: 400,
};

export class OpenDataError extends DomainError<OpenDataErrorCode> {
  constructor(code: OpenDataErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
