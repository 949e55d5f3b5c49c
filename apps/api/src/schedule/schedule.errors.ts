import { DomainError } from '../common/domain-error.js';

export type ScheduleErrorCode = 'SESSION_NOT_FOUND' | 'SESSION_ENDS_BEFORE_START';

const STATUS: Record<ScheduleErrorCode, number> = {
  SESSION_NOT_FOUND: 404,
  SESSION_ENDS_BEFORE_START: 400,
};

export class ScheduleError extends DomainError<ScheduleErrorCode> {
  constructor(code: ScheduleErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
