import { DomainError } from '../common/domain-error.js';

export type OrganizationErrorCode = 'ORGANIZATION_NOT_FOUND' | 'NAME_TAKEN' | 'FORBIDDEN';

const STATUS: Record<OrganizationErrorCode, number> = {
  ORGANIZATION_NOT_FOUND: 404,
  NAME_TAKEN: 409,
  FORBIDDEN: 403,
};

export class OrganizationError extends DomainError<OrganizationErrorCode> {
  constructor(code: OrganizationErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
