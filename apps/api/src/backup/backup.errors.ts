import { DomainError } from '../common/domain-error.js';

export type BackupErrorCode =
  | 'EVENT_NOT_FOUND'
  | 'EVENT_EXISTS'
  | 'BACKUP_INVALID'
  | 'BACKUP_TOO_NEW'
  | 'SCHEMA_TOO_OLD'
  | 'RESTORE_FAILED'
  | 'EVENT_NOT_ENDED';

const STATUS: Record<BackupErrorCode, number> = {
  EVENT_NOT_FOUND: 404,
  EVENT_EXISTS: 409,
  BACKUP_INVALID: 400,
  BACKUP_TOO_NEW: 409,
  SCHEMA_TOO_OLD: 409,
  RESTORE_FAILED: 409,
  EVENT_NOT_ENDED: 409,
};

export class BackupError extends DomainError<BackupErrorCode> {
  constructor(code: BackupErrorCode, message: string) {
    super(code, STATUS[code], message);
  }
}
