/**
 * Base of every feature's error type: a stable code for clients, an HTTP status, and a message for people.
 * The global filter turns these into `{ code, message, fields? }` answers.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  protected constructor(
    readonly code: Code,
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError<'VALIDATION_FAILED'> {
  constructor(fields: Record<string, string>) {
    super('VALIDATION_FAILED', 400, 'Some fields are not valid.', fields);
  }
}
