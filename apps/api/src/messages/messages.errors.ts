import { DomainError } from '../common/domain-error.js';

export type MessageErrorCode = 'CHALLENGE_NOT_FOUND' | 'NO_RECIPIENTS' | 'TOO_MANY_MESSAGES';

const STATUS: Record<MessageErrorCode, number> = {
  CHALLENGE_NOT_FOUND: 404,
  NO_RECIPIENTS: 400,
  TOO_MANY_MESSAGES: 429,
};

export class MessageError extends DomainError<MessageErrorCode> {
  constructor(code: MessageErrorCode, message: string, fields?: Record<string, string>) {
    super(code, STATUS[code], message, fields);
  }
}
