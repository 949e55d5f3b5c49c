import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';

/** Counts hits per key in fixed windows; answers how many hits the current window has had. */
export interface HitCounter {
  hit(key: string, windowMs: number): Promise<number>;
}

export class MemoryHitCounter implements HitCounter {
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  async hit(key: string, windowMs: number): Promise<number> {
    const now = Date.now();
    const current = this.windows.get(key);
    if (!current || current.endsAt <= now) {
      if (this.windows.size > 50_000) this.sweep(now);
      this.windows.set(key, { count: 1, endsAt: now + windowMs });
      return 1;
    }
    current.count += 1;
    return current.count;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }
}

// INCR and set the window's expiry on the first hit, atomically, so all instances share one count.
const HIT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return hits
`;

/** Counters in Redis; while Redis is unreachable this instance counts on its own. */
export class RedisHitCounter implements HitCounter {
  private readonly logger = new Logger('RateLimit');
  private readonly local = new MemoryHitCounter();

  constructor(private readonly redis: Redis) {}

  async hit(key: string, windowMs: number): Promise<number> {
    try {
      return (await this.redis.eval(HIT, 1, `hackboard:rate:${key}`, String(windowMs))) as number;
    } catch (error) {
      this.logger.warn(`counting locally: ${(error as Error).message}`);
      return this.local.hit(key, windowMs);
    }
  }
}
