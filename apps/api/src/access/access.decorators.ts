import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthUser } from '../auth/auth.tokens.js';
import { AccessError } from './access.errors.js';
import type { AccessRequest } from './access.guard.js';
import type { EventAccess } from './access.rules.js';

/** The signed-in caller; only on endpoints whose rules require one. */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthUser => {
  const user = context.switchToHttp().getRequest<AccessRequest>().user;
  if (!user) throw new AccessError('UNAUTHENTICATED', 'Sign in to do this.');
  return user;
});

/** The caller, or null for a visitor. */
export const OptionalUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthUser | null =>
    context.switchToHttp().getRequest<AccessRequest>().user ?? null,
);

/** The event of an `:event` route with the caller's roles in it, as the access guard resolved it. */
export const CurrentEvent = createParamDecorator((_: unknown, context: ExecutionContext): EventAccess => {
  const access = context.switchToHttp().getRequest<AccessRequest>().eventAccess;
  if (!access) throw new Error('CurrentEvent used on a route without an :event parameter');
  return access;
});
