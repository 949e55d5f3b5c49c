import { DomainError } from '../common/domain-error.js';

export class PrivacyError extends DomainError<'WRONG_PASSWORD'> {
  constructor() {
    super('WRONG_PASSWORD', 403, 'The password is wrong.', { password: 'is wrong' });
  }
}
