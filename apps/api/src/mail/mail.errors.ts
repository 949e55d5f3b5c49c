import { DomainError } from '../common/domain-error.js';

export type MailErrorCode = 'MAIL_NOT_FOUND' | 'MAIL_NOT_FAILED' | 'UNSUBSCRIBE_TOKEN_INVALID';

const STATUS: Record<MailErrorCode, number> = {
  MAIL_NOT_FOUND: 404,
  MAIL_NOT_FAILED: 409,
  UNSUBSCRIBE_TOKEN_INVALID: 400,
};

export class MailError extends DomainError<MailErrorCode> {
  constructor(code: MailErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
