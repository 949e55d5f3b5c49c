import { DomainError } from '../common/domain-error.js';

export type EventErrorCode =
  | 'EVENT_NOT_FOUND'
  | 'SLUG_TAKEN'
  | 'TIMELINE_INVALID'
  | 'REGISTRATION_CLOSED'
  | 'NO_NEXT_PHASE'
  | 'FORBIDDEN'
  | 'MEMBERSHIP_NOT_FOUND'
  | 'LAST_ORGANIZER'
  | 'EMAIL_NOT_VERIFIED';

const STATUS: Record<EventErrorCode, number> = {
  EVENT_NOT_FOUND: 404,
  SLUG_TAKEN: 409,
  TIMELINE_INVALID: 400,
  REGISTRATION_CLOSED: 409,
  NO_NEXT_PHASE: 409,
  FORBIDDEN: 403,
  MEMBERSHIP_NOT_FOUND: 404,
  LAST_ORGANIZER: 409,
  EMAIL_NOT_VERIFIED: 403,
};

export class EventError extends DomainError<EventErrorCode> {
  constructor(code: EventErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
