/**
 * Group commit: items that arrive while a batch is being written go together in the next one. Under load that
 * is one round trip per batch instead of per item. With `lingerMs` 0 an item arriving when idle is written at
 * once; otherwise it waits up to `lingerMs` (or a full batch) for company. Each `write` settles when its own
 * batch does; `flush` writes what is waiting now.
 */
export class BatchedWriter<T> {
  private readonly queue: { item: T; settle: (error?: unknown) => void }[] = [];
  private writing = false;
  private lingering?: NodeJS.Timeout;

  constructor(
    private readonly writeBatch: (items: T[]) => Promise<void>,
    private readonly maxBatch = 100,
    private readonly lingerMs = 0,
  ) {}

  write(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      if (this.lingerMs === 0 || this.queue.length >= this.maxBatch) void this.drain();
      else this.lingering ??= setTimeout(() => void this.drain(), this.lingerMs);
    });
  }

  flush(): Promise<void> {
    return this.drain();
  }

  private async drain(): Promise<void> {
    clearTimeout(this.lingering);
    this.lingering = undefined;
    if (this.writing) return;
    this.writing = true;
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, this.maxBatch);
        try {
          await this.writeBatch(batch.map((entry) => entry.item));
          for (const entry of batch) entry.settle();
        } catch (error) {
          for (const entry of batch) entry.settle(error ?? new Error('batch write failed'));
        }
      }
    } finally {
      this.writing = false;
    }
  }
}
