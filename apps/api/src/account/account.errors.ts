import { DomainError } from '../common/domain-error.js';

export type AccountErrorCode =
  | 'RESET_TOKEN_INVALID'
  | 'VERIFICATION_TOKEN_INVALID'
  | 'EMAIL_CHANGE_TOKEN_INVALID'
  | 'EMAIL_TAKEN'
  | 'WRONG_PASSWORD';

const STATUS: Record<AccountErrorCode, number> = {
  RESET_TOKEN_INVALID: 400,
  VERIFICATION_TOKEN_INVALID: 400,
  EMAIL_CHANGE_TOKEN_INVALID: 400,
  EMAIL_TAKEN: 409,
  WRONG_PASSWORD: 403,
};

export class AccountError extends DomainError<AccountErrorCode> {
  constructor(code: AccountErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
