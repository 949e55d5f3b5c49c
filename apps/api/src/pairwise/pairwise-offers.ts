import { Injectable, Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RedisConnections } from '../redis/redis-connections.js';

export type Pair = readonly [string, string];

/** What taking an offer found: it was there and accepted, or not there, or the store could not be asked. */
export type TakeResult = 'taken' | 'not-offered' | 'unavailable';

/** An offer outlives any judging phase; the limit only keeps forgotten keys from piling up in Redis. */
const OFFER_SECONDS = 14 * 86_400;

/** Deletes the key only if it still holds the value read before, so one offer is taken once. */
const TAKE_IF_UNCHANGED = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * The pair each juror was last offered in each round, so a vote can be held to it. With Redis (the
 * multi-instance setup) every instance sees the same offers; without it the platform runs as one
 * instance and process memory is enough. If Redis cannot be reached, offering still works and a
 * vote is checked only against the round's entries and the juror's conflicts (logged).
 */
@Injectable()
export class PairwiseOffers {
  private readonly logger = new Logger('PairwiseOffers');
  private readonly memory = new Map<string, string>();
  private client: Redis | null = null;

  constructor(private readonly redis: RedisConnections) {}

  /** The juror's current offer; null when there is none, undefined when the store cannot be asked. */
  async current(roundId: string, jurorId: string): Promise<Pair | null | undefined> {
    const key = keyOf(roundId, jurorId);
    const redis = this.redisClient();
    if (!redis) return decode(this.memory.get(key) ?? null);
    try {
      return decode(await redis.get(key));
    } catch (error) {
      this.unavailable('read', error);
      return undefined;
    }
  }

  async offer(roundId: string, jurorId: string, pair: Pair): Promise<void> {
    const key = keyOf(roundId, jurorId);
    const redis = this.redisClient();
    if (!redis) {
      this.memory.set(key, encode(pair));
      return;
    }
    try {
      await redis.set(key, encode(pair), 'EX', OFFER_SECONDS);
    } catch (error) {
      this.unavailable('store', error);
    }
  }

  /** Takes the juror's offer away if `accepts` it; a concurrent second take of the same offer gets 'not-offered'. */
  async take(roundId: string, jurorId: string, accepts: (pair: Pair) => boolean): Promise<TakeResult> {
    const key = keyOf(roundId, jurorId);
    const redis = this.redisClient();
    if (!redis) {
      const pair = decode(this.memory.get(key) ?? null);
      if (!pair || !accepts(pair)) return 'not-offered';
      this.memory.delete(key);
      return 'taken';
    }
    try {
      const stored = await redis.get(key);
      const pair = decode(stored);
      if (!pair || !accepts(pair)) return 'not-offered';
      return (await redis.eval(TAKE_IF_UNCHANGED, 1, key, stored!)) === 1 ? 'taken' : 'not-offered';
    } catch (error) {
      this.unavailable('take', error);
      return 'unavailable';
    }
  }

  /** Forgets every offer of this process (tests; Redis keys expire by themselves). */
  clearMemory(): void {
    this.memory.clear();
  }

  private redisClient(): Redis | null {
    if (!this.redis.configured) return null;
    this.client ??= this.redis.create('pairwise-offers');
    return this.client;
  }

  private unavailable(what: string, error: unknown): void {
    this.logger.warn(`could not ${what} a pairwise offer: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function keyOf(roundId: string, jurorId: string): string {
  return `hackboard:pairwise-offer:${roundId}:${jurorId}`;
}

function encode(pair: Pair): string {
  return `${pair[0]},${pair[1]}`;
}

function decode(value: string | null): Pair | null {
  if (!value) return null;
  const [a, b] = value.split(',');
  return a && b ? [a, b] : null;
}
