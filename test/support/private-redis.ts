import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { netScript, redisScript } from './repo-scripts.js';
import { TEST_STATE_DIR } from './test-infra.js';

/**
 * A Redis of the test's own: pub/sub channels and queue names are global on a server, so each test
 * file gets one it can also shut down and restart without disturbing anybody.
 */
export class PrivateRedis {
  private constructor(
    readonly port: number,
    private pid: number,
  ) {}

  static async start(): Promise<PrivateRedis> {
    const port = await (await netScript()).freePort();
    const redis = await PrivateRedis.spawn(port);
    return new PrivateRedis(port, redis.pid);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** What an operator's `redis-cli SHUTDOWN NOSAVE` does: everything in memory is gone. */
  shutdownNoSave(): void {
    execFileSync('redis-cli', ['-p', String(this.port), 'SHUTDOWN', 'NOSAVE'], { stdio: 'ignore' });
  }

  async restart(): Promise<void> {
    this.pid = (await PrivateRedis.spawn(this.port)).pid;
  }

  stop(): void {
    try {
      process.kill(this.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  private static async spawn(port: number) {
    return (await redisScript()).startRedis({ port, logFile: join(TEST_STATE_DIR, 'logs', `redis-${port}.log`) });
  }
}
