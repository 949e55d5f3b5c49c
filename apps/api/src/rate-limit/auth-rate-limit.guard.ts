import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { RateLimitService } from './rate-limit.service.js';

const PER_ACCOUNT = 'hackboard:rate-limit-per-account';
/** Also counts attempts per account (the request body's email): for sign-in. */
export const LimitPerAccount = () => SetMetadata(PER_ACCOUNT, true);

/**
 * Limits sign-in and registration per client address (many accounts tried from one place, per
 * minute) and per account (one account tried from many places, per 15 minutes).
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  constructor(
    private readonly limits: RateLimitService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    await this.limits.hit('auth-address', request.ip ?? 'unknown', 'TOO_MANY_ATTEMPTS', response);
    const email = (request.body as { email?: unknown } | undefined)?.email;
    if (this.reflector.get<boolean>(PER_ACCOUNT, context.getHandler()) && typeof email === 'string') {
      await this.limits.hit('auth-account', email.trim().toLowerCase(), 'TOO_MANY_ATTEMPTS', response);
    }
    return true;
  }
}
