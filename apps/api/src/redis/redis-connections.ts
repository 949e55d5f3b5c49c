import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';

/**
 * The Redis clients of this process, created only when REDIS_URL is set. Without Redis the
 * platform runs as a single instance and nothing here connects.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  private readonly clients: Redis[] = [];

  constructor(private readonly config: AppConfig) {}

  get configured(): boolean {
    return this.config.redisUrl !== undefined;
  }

  /** A new client; each subscriber needs its own connection. Reconnects by itself after an outage. */
  create(name: string): Redis {
    if (!this.config.redisUrl) throw new Error('REDIS_URL is not set');
    const client = new Redis(this.config.redisUrl, {
      connectionName: `hackboard:${name}`,
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    client.on('error', (error) => this.logger.warn(`${name}: ${error.message}`));
    this.clients.push(client);
    return client;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.clients.map((client) => client.quit().catch(() => client.disconnect())));
  }
}
