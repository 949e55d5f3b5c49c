import { DomainError } from '../common/domain-error.js';

export type MentoringErrorCode =
  | 'NO_TEAM'
  | 'SLOT_NOT_FOUND'
  | 'SLOT_TAKEN'
  | 'SLOT_BOOKED'
  | 'BOOKING_NOT_FOUND'
  | 'REQUEST_NOT_FOUND'
  | 'ALREADY_ASKED'
  | 'ALREADY_TAKEN'
  | 'NOT_NEXT'
  | 'MENTOR_BUSY';

const STATUS: Record<MentoringErrorCode, number> = {
  NO_TEAM: 409,
  SLOT_NOT_FOUND: 404,
  SLOT_TAKEN: 409,
  SLOT_BOOKED: 409,
  BOOKING_NOT_FOUND: 404,
  REQUEST_NOT_FOUND: 404,
  ALREADY_ASKED: 409,
  ALREADY_TAKEN: 409,
  NOT_NEXT: 409,
  MENTOR_BUSY: 409,
};

export class MentoringError extends DomainError<MentoringErrorCode> {
  constructor(code: MentoringErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
