import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server, ServerOptions } from 'socket.io';
import type { RedisConnections } from '../redis/redis-connections.js';

/**
 * Socket.IO on the API's own HTTP port. With REDIS_URL set, the Redis adapter relays every
 * room broadcast to the other API instances; without it this process works alone.
 */
export class RealtimeIoAdapter extends IoAdapter {
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
      server.adapter(createAdapter(this.redis.create('realtime-pub'), this.redis.create('realtime-sub')));
    }
    return server;
  }
}
