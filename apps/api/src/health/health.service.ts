import type { HealthDto } from '@hackboard/contracts';
import { Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config.js';
import { RedisConnections } from '../redis/redis-connections.js';

const CHECK_TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  private redis: Redis | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly redisConnections: RedisConnections,
    private readonly config: AppConfig,
  ) {}

  async check(): Promise<HealthDto> {
    const [database, redis] = await Promise.all([this.checkDatabase(), this.checkRedis()]);
    const report: HealthDto = { status: 'ok', version: this.config.version, database, redis };
    return { ...report, status: this.isReady(report) ? 'ok' : 'degraded' };
  }

  /** Ready for traffic: the database answers and, when REDIS_URL is set, so does Redis. */
  isReady(report: HealthDto): boolean {
    return report.database.status === 'up' && (!report.redis.configured || report.redis.status === 'up');
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
