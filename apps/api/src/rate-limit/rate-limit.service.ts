import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config.js';
import { RedisConnections } from '../redis/redis-connections.js';
import { RateLimitError, type RateLimitErrorCode } from './rate-limit.errors.js';
import { WRITE_CLASSES, type WriteClass } from './write-budgets.js';

type Limit = 'auth-address' | 'auth-account' | `write-${WriteClass}`;

/**
 * Every rate limit of the API, counted with rate-limiter-flexible: in Redis when REDIS_URL is set,
 * so all instances share one count, otherwise in this process. While Redis is unreachable each
 * instance counts on its own (the memory insurance limiter) rather than letting everything through.
 */
@Injectable()
export class RateLimitService {
  private readonly limiters = new Map<Limit, RateLimiterAbstract>();

  constructor(config: AppConfig, redis: RedisConnections) {
    const client = redis.configured ? redis.create('rate-limit') : undefined;
    const { perAddress, perAccount } = config.authRateLimit;
    this.add(client, 'auth-address', perAddress, 60);
    this.add(client, 'auth-account', perAccount, 15 * 60);
    for (const name of WRITE_CLASSES) {
      const { points, seconds } = config.writeBudgets[name];
      this.add(client, `write-${name}`, points, seconds);
    }
  }

  /**
   * Counts one hit of `key` against `limit`. Over the limit, sets `Retry-After` on `response` and
   * throws a 429 with `code`.
   */
  async hit(limit: Limit, key: string, code: RateLimitErrorCode, response: Response): Promise<void> {
    try {
      await this.limiters.get(limit)!.consume(key);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      response.setHeader('Retry-After', String(retryAfter));
      throw new RateLimitError(code, retryAfter);
    }
  }

  private add(client: Redis | undefined, limit: Limit, points: number, duration: number): void {
    const options = { keyPrefix: `hackboard:rate:${limit}`, points, duration };
    const memory = new RateLimiterMemory(options);
    this.limiters.set(
      limit,
      client
        ? new RateLimiterRedis({
            ...options,
            storeClient: client,
            insuranceLimiter: memory,
            rejectIfRedisNotReady: true,
          })
        : memory,
    );
  }
}
