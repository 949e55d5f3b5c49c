import { type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import type { AuthUser } from '../auth/auth.tokens.js';
import { AccessError } from './access.errors.js';
import { type AccessRule, ACCESS_RULES, type EventAccess, satisfies } from './access.rules.js';
import { AccessService } from './access.service.js';
import { retryIfUnavailable } from '../database/unavailable.js';

export type AccessRequest = Request & { user?: AuthUser | null; eventAccess?: EventAccess };

/**
 * The one place that decides whether a caller may reach an endpoint. It reads the optional
 * access token (passport-jwt), resolves the event of `:event` routes with the caller's roles,
 * and checks the handler's @Allow rules. A handler without rules is unreachable.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly access: AccessService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    // Socket messages are authorized by the realtime gateway, per room it lets a socket join.
    if (context.getType() !== 'http') return true;
    const rules = this.reflector.getAllAndOverride<AccessRule[] | undefined>(ACCESS_RULES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rules?.length) throw new AccessError('FORBIDDEN', 'This endpoint is not open to anyone.');

    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<AccessRequest>();
    const user = request.user ?? null;
    const eventRef = request.params?.['event'];
    const eventAccess =
      typeof eventRef === 'string' ? await retryIfUnavailable(() => this.access.eventAccess(eventRef, user)) : null;
    if (eventAccess) request.eventAccess = eventAccess;

    if (rules.some((rule) => satisfies(rule, user !== null, user?.isAdmin ?? false, eventAccess))) return true;
    if (!user) throw new AccessError('UNAUTHENTICATED', 'Sign in to do this.');
    throw new AccessError('FORBIDDEN', 'Your role does not allow this.');
  }

  /**
   * A missing or invalid token makes an anonymous caller, not an error: the rules decide. An error
   * while checking a valid token (the database is down) is passed on, not mistaken for "signed out".
   */
  override handleRequest<T>(error: unknown, user: T): T {
    if (error) throw error;
    return (user || null) as T;
  }
}
