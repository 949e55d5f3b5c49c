import { type INestApplicationContext, Logger } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Redis } from 'ioredis';
import type { Server, ServerOptions } from 'socket.io';
import type { RedisConnections } from '../redis/redis-connections.js';

/**
 * Socket.IO on the API's own HTTP port. With REDIS_URL set, the Redis adapter relays every
 * room broadcast to the other API instances; without it this process works alone.
 */
export class RealtimeIoAdapter extends IoAdapter {
  private readonly log = new Logger('Realtime');

  constructor(
    app: INestApplicationContext,
    private readonly redis: RedisConnections,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const tuned: Partial<ServerOptions> = {
      ...options,
      transports: ['websocket', 'polling'],
      perMessageDeflate: false,
      serveClient: false,
    };
    const server = super.createIOServer(port, tuned as ServerOptions) as Server;
    if (this.redis.configured) {
      server.adapter(createAdapter(this.publisher(), this.redis.create('realtime-sub', 'subscriber')));
    }
    return server;
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
