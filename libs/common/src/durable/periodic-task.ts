import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';

/** Runs `runOnce` every interval, never overlapping itself, and stops with the application. */
export abstract class PeriodicTask implements OnApplicationBootstrap, OnApplicationShutdown {
  protected abstract readonly logger: Logger;
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(private readonly intervalMs: number) {}

  protected abstract runOnce(): Promise<void>;

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Runs a pass now rather than at the next interval (skipped if one is running). */
  runSoon(): void {
    void this.tick();
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.runOnce();
    } catch (error) {
      this.logger.warn({ error: (error as Error).message }, 'Sweep failed; will retry next interval');
    } finally {
      this.running = false;
    }
  }
}
