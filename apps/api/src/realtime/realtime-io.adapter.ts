import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import type { RedisConnections } from '../redis/redis-connections.js';
import { LeaderboardPushes } from './leaderboard-pushes.service.js';

/**
 * Socket.IO on the API's own HTTP port. With REDIS_URL set, the Redis (pub/sub) adapter relays every
 * room broadcast to the other API instances; without it this process works alone.
 *
 * WebSocket first (polling only as a fallback), no per-message deflate (small JSON snapshots: the
 * CPU costs more than the bytes saved), and no connection-state recovery: every (re)subscribe gets
 * the newest leaderboard snapshot at once, so missed messages are harmless, and recovery would keep
 * a buffer of every message per socket. The pub/sub adapter rather than the streams adapter: the
 * same reasoning, nothing needs replaying after an outage beyond the newest snapshot, which each
 * instance pushes again locally when its subscriber is back.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly log = new Logger('Realtime');

  constructor(
    app: INestApplicationContext,
    private readonly redis: RedisConnections,
  ) {
    super(app);
    this.context = app;
  }

  private readonly context: INestApplicationContext;

  override createIOServer(port: number, options?: ServerOptions): Server {
    const tuned: Partial<ServerOptions> = {
      ...options,
      transports: ['websocket', 'polling'],
      perMessageDeflate: false,
      serveClient: false,
    };
    const server = super.createIOServer(port, tuned as ServerOptions) as Server;
    if (this.redis.configured) {
      server.adapter(createAdapter(this.publisher(), this.subscriber()));
    }
    return server;
  }

  /** When the subscriber is back after losing Redis, local sockets get the newest snapshots at once. */
  private subscriber(): Redis {
    const client = this.redis.create('realtime-sub', 'subscriber');
    let lost = false;
    client.on('close', () => (lost = true));
    client.on('ready', () => {
      if (!lost) return;
      lost = false;
      this.log.log('Redis is back: pushing the newest leaderboards to local subscribers');
      this.context.get(LeaderboardPushes, { strict: false }).repushLocally();
    });
    return client;
  }

  /**
   * The adapter does not handle a failed publish; during a Redis outage a push to other instances
   * is dropped (and logged) instead of crashing the process. Local sockets still get it.
   */
  private publisher(): Redis {
    const client = this.redis.create('realtime-pub');
    const publish = client.publish.bind(client) as (channel: string, message: string | Buffer) => Promise<number>;
    client.publish = ((channel: string, message: string | Buffer) =>
      publish(channel, message).catch((error: Error) => {
        this.log.warn(`push to other instances dropped: ${error.message}`);
        return 0;
      })) as Redis['publish'];
    return client;
  }
}
