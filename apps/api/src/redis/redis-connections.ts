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

  /**
   * A new client that reconnects by itself after an outage. A subscriber needs its own connection
   * and keeps its commands queued until Redis is back; other clients fail fast while it is down.
   */
  create(name: string, role: 'commands' | 'subscriber' = 'commands'): Redis {
    if (!this.config.redisUrl) throw new Error('REDIS_URL is not set');
    const client = new Redis(this.config.redisUrl, {
      connectionName: `hackboard:${name}`,
      connectTimeout: 2_000,
      disconnectTimeout: 500,
      maxRetriesPerRequest: role === 'subscriber' ? null : 2,
      enableOfflineQueue: true,
      retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    });
    client.on('error', (error) => this.logger.warn(`${name}: ${error.message}`));
    this.clients.push(client);
    return client;
  }

  async onApplicationShutdown(): Promise<void> {
    // QUIT would wait for a server that is not there; a client that is not connected just stops.
    await Promise.all(
      this.clients.map((client) =>
        client.status === 'ready' ? client.quit().catch(() => client.disconnect()) : client.disconnect(),
      ),
    );
  }
}
