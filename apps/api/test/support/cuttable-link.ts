import { type AddressInfo, type Server, type Socket, connect, createServer } from 'node:net';

/** A TCP relay between the API and a service (PostgreSQL, Redis) that a test can cut and restore. */
export class CuttableLink {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private holding = false;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  /** Listens (again, on the same port after a cut) and relays every connection to the target. */
  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      if (this.holding) client.pause();
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /**
   * Holds back what the API sends on every connection, open or new, so its queries hang in flight
   * until `dropHeld` kills those connections under them.
   */
  hold(): void {
    this.holding = true;
    for (const socket of this.sockets) socket.pause();
  }

  /** Kills every connection (held queries fail as on a killed backend) and relays new ones normally. */
  dropHeld(): void {
    this.holding = false;
    for (const socket of this.sockets) socket.destroy();
  }

  /** Drops every open connection and stops listening: to the API, the service is gone. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
    this.server = null;
  }
}
