import { DomainError } from '../common/domain-error.js';

export type CheckInErrorCode = 'TICKET_NOT_FOUND' | 'NO_TICKET';

const STATUS: Record<CheckInErrorCode, number> = {
  TICKET_NOT_FOUND: 404,
  NO_TICKET: 404,
};

export class CheckInError extends DomainError<CheckInErrorCode> {
  constructor(code: CheckInErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
