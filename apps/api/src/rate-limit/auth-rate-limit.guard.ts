import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError } from '../common/domain-error.js';
import { AppConfig } from '../config/app-config.js';
import { RedisConnections } from '../redis/redis-connections.js';
import { type HitCounter, MemoryHitCounter, RedisHitCounter } from './rate-limit.store.js';

const MINUTE = 60_000;

class RateLimitError extends DomainError<'TOO_MANY_ATTEMPTS'> {
  constructor() {
    super('TOO_MANY_ATTEMPTS', 429, 'Too many attempts. Wait a while and try again.');
  }
}

const PER_ACCOUNT = 'hackboard:rate-limit-per-account';
/** Also counts attempts per account (the request body's email): for sign-in. */
export const LimitPerAccount = () => SetMetadata(PER_ACCOUNT, true);

/**
 * Limits sign-in and registration per client address (many accounts tried from one place, per
 * minute) and per account (one account tried from many places, per 15 minutes). With REDIS_URL
 * the counts are shared by every instance.
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  private readonly counter: HitCounter;

  constructor(
    private readonly config: AppConfig,
    private readonly reflector: Reflector,
    redis: RedisConnections,
  ) {
    this.counter = redis.configured ? new RedisHitCounter(redis.create('rate-limit')) : new MemoryHitCounter();
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const { perAddress, perAccount } = this.config.authRateLimit;
    const byAddress = await this.counter.hit(`address:${request.ip}`, MINUTE);
    const email = (request.body as { email?: unknown } | undefined)?.email;
    const perAccountToo = this.reflector.get<boolean>(PER_ACCOUNT, context.getHandler());
    const byAccount =
      perAccountToo && typeof email === 'string'
        ? await this.counter.hit(`account:${email.trim().toLowerCase()}`, 15 * MINUTE)
        : 0;
    if (byAddress > perAddress || byAccount > perAccount) throw new RateLimitError();
    return true;
  }
}
