import { DomainError } from '../common/domain-error.js';

export type InvitationErrorCode =
  | 'INVITATION_NOT_FOUND'
  | 'INVITATION_EXPIRED'
  | 'INVITATION_USED'
  | 'INVITATION_FOR_OTHER_EMAIL'
  | 'ORGANIZATION_NOT_FOUND';

const STATUS: Record<InvitationErrorCode, number> = {
  INVITATION_NOT_FOUND: 404,
  INVITATION_EXPIRED: 409,
  INVITATION_USED: 409,
  INVITATION_FOR_OTHER_EMAIL: 403,
  ORGANIZATION_NOT_FOUND: 400,
};

export class InvitationError extends DomainError<InvitationErrorCode> {
  constructor(code: InvitationErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
