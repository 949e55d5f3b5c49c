import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { type Observable, throwError, timer } from 'rxjs';
import { retry } from 'rxjs/operators';
import { isDatabaseUnavailable, RETRY_DELAY_MS } from '../database/unavailable.js';

/**
 * A read (GET or HEAD) whose database connection was dropped under it runs once more before the
 * caller is answered 503: reads change nothing, so repeating one is safe. Writes are never repeated
 * here; their transaction rolled back and the caller decides.
 */
@Injectable()
export class ReadRetryInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request>();
    if (request.method !== 'GET' && request.method !== 'HEAD') return next.handle();
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      retry({
        count: 1,
        delay: (error: unknown) =>
          isDatabaseUnavailable(error) && !response.headersSent ? timer(RETRY_DELAY_MS) : throwError(() => error),
      }),
    );
  }
}
