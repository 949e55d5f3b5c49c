import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { AccessRequest } from '../access/access.guard.js';
import { RateLimitService } from './rate-limit.service.js';
import type { WriteClass } from './write-budgets.js';

const WRITE_CLASS = 'hackboard:write-class';
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Counts this handler's writes against the budget of `name` (otherwise: the general `writes`). */
export const WriteBudget = (name: WriteClass | 'none') => SetMetadata(WRITE_CLASS, name);

/**
 * Every write by a signed-in caller spends one point of that person's budget for the handler's
 * class, on every session and instance alike. Runs after the access guard, which has read the
 * caller; anonymous writes (registration, password reset) have the per-address limits instead.
 * `none` is for sign-in, refresh and sign-out: a person over a budget can always sign out.
 */
@Injectable()
export class WriteBudgetGuard implements CanActivate {
  constructor(
    private readonly limits: RateLimitService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AccessRequest>();
    if (READS.has(request.method) || !request.user) return true;
    const name =
      this.reflector.getAllAndOverride<WriteClass | 'none' | undefined>(WRITE_CLASS, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'writes';
    if (name === 'none') return true;
    const response = context.switchToHttp().getResponse<Response>();
    await this.limits.hit(`write-${name}`, request.user.id, 'TOO_MANY_WRITES', response);
    return true;
  }
}
