import type { ErrorResponse } from '@hackboard/contracts';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/unavailable.js';
import { DomainError } from './domain-error.js';

const CODES_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** The one place that turns any thrown error into an HTTP answer of the shape `{ code, message, fields? }`. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrorFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const response = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toAnswer(error);
    // A database that is away is an outage to watch, not a bug: one line, no stack.
    if (status === HttpStatus.SERVICE_UNAVAILABLE) this.logger.warn(`answered 503: ${(error as Error)?.message}`);
    else if (status >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (!response.headersSent) response.status(status).json(body);
  }

  private toAnswer(error: unknown): [number, ErrorResponse] {
    if (error instanceof DomainError) {
      return [
        error.status,
        { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) },
      ];
    }
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const answer = error.getResponse();
      const message =
        typeof answer === 'string' ? answer : String((answer as { message?: unknown }).message ?? error.message);
      // The framework's own 400s come from a body that is not JSON at all.
      if (status === 400) {
        return [
          status,
          {
            code: 'VALIDATION_FAILED',
            message: 'The request body is not valid JSON.',
            fields: { body: 'must be a JSON object' },
          },
        ];
      }
      return [status, { code: CODES_BY_STATUS[status] ?? `HTTP_${status}`, message }];
    }
    if (isDatabaseUnavailable(error)) {
      return [
        HttpStatus.SERVICE_UNAVAILABLE,
        { code: 'SERVICE_UNAVAILABLE', message: 'The database is not reachable. Try again shortly.' },
      ];
    }
    return [HttpStatus.INTERNAL_SERVER_ERROR, { code: 'INTERNAL', message: 'Something went wrong on our side.' }];
  }
}
