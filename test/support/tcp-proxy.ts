import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP relay to a shared server, so a test can take "the database" away from one app (close) and give
 * it back (reopen on the same port) without touching the server other tests use.
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  private constructor(private readonly target: URL) {}

  /** Relays to the host and port of `targetUrl`; `url()` is the same URL through the proxy. */
  static async start(targetUrl: string): Promise<TcpProxy> {
    const proxy = new TcpProxy(new URL(targetUrl));
    await proxy.open();
    return proxy;
  }

  url(): string {
    const through = new URL(this.target.toString());
    through.hostname = '127.0.0.1';
    through.port = String(this.port);
    return through.toString();
  }

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection({ host: this.target.hostname, port: Number(this.target.port) });
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** The outage: open connections drop and new ones are refused. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server = undefined;
  }
}
