import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import type { Observable } from 'rxjs';
import { ValidationError } from './domain-error.js';
import { malformedPathIds } from './zod.js';

/**
 * Checks a handler's path ids (`UuidParam`) before the body and query are parsed: Nest parses a
 * handler's arguments last to first, so a bad body would otherwise hide a bad id.
 */
@Injectable()
export class PathIdsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request>();
      const fields = malformedPathIds(context.getHandler(), request.params ?? {});
      if (Object.keys(fields).length > 0) throw new ValidationError(fields);
    }
    return next.handle();
  }
}
