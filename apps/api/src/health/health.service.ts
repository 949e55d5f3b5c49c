import type { HealthDto } from '@hackboard/contracts';
import { type BeforeApplicationShutdown, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { RedisConnections } from '../redis/redis-connections.js';

const CHECK_TIMEOUT_MS = 2_000;

/**
 * Health of this instance. Ready means this instance can serve requests: its database answers
 * (migrations ran before it listened) and it is not shutting down. Redis is shared plumbing for
 * live updates and limits, and every feature keeps working without it (pushes stay on this
 * instance, limits count in memory), so losing it makes the report degraded, not the instance
 * unready: a load balancer routing on readiness would otherwise take every instance out at once.
 */
@Injectable()
export class HealthService implements OnModuleDestroy, BeforeApplicationShutdown {
  private redis: Redis | undefined;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redisConnections: RedisConnections,
    private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  async check(): Promise<HealthDto> {
    const [database, redis] = await Promise.all([this.checkDatabase(), this.checkRedis()]);
    this.metrics.dependencyChecked('database', database.status === 'up');
    if (redis.configured) this.metrics.dependencyChecked('redis', redis.status === 'up');
    const allUp = database.status === 'up' && (!redis.configured || redis.status === 'up');
    const ready = database.status === 'up' && !this.stopping;
    return { status: allUp ? 'ok' : 'degraded', ready, version: this.config.version, database, redis };
  }

  /** Shutting down: readiness goes first, so balancers stop sending requests while the rest drains. */
  onModuleDestroy(): void {
    this.stopping = true;
  }

  beforeApplicationShutdown(): void {
    this.stopping = true;
  }

  private async checkDatabase(): Promise<HealthDto['database']> {
    const driver = this.config.database.driver;
    try {
      await withTimeout(this.dataSource.query('SELECT 1'));
      return { status: 'up', driver };
    } catch (error) {
      return { status: 'down', driver, detail: (error as Error).message };
    }
  }

  private async checkRedis(): Promise<HealthDto['redis']> {
    if (!this.redisConnections.configured) return { status: 'down', configured: false, detail: 'not configured' };
    const client = (this.redis ??= this.redisConnections.create('health'));
    try {
      // A probe must answer quickly and leave nothing queued: while the client is between
      // reconnection attempts Redis is down, and a PING would wait in the offline queue.
      if (client.status === 'reconnecting' || client.status === 'end' || client.status === 'close') {
        throw new Error(`not connected (${client.status})`);
      }
      if (client.status !== 'ready') await withTimeout(firstConnection(client));
      await withTimeout(client.ping());
      return { status: 'up', configured: true };
    } catch (error) {
      return { status: 'down', configured: true, detail: (error as Error).message };
    }
  }
}

/** Settles when a new client has connected, or has failed its first attempt. */
function firstConnection(client: Redis): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (error?: Error) => {
      client.off('ready', onReady);
      client.off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onReady = () => settle();
    const onError = (error: Error) => settle(error);
    client.once('ready', onReady);
    client.once('error', onError);
  });
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
