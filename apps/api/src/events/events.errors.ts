import { DomainError } from '../common/domain-error.js';

export type EventErrorCode = 'EVENT_NOT_FOUND';

export class EventError extends DomainError<EventErrorCode> {
  static readonly statuses: Record<EventErrorCode, number> = { EVENT_NOT_FOUND: 404 };

  constructor(code: EventErrorCode, message: string) {
    super(code, EventError.statuses[code], message);
  }
}
