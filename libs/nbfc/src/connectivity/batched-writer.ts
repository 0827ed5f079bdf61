/**
 * Group commit: items that arrive while a batch is being written go together in the next one. Under load that
 * is one round trip per batch instead of per item; when idle an item is written at once, never held back.
 * Each `write` settles when its own batch does.
 */
export class BatchedWriter<T> {
  private readonly queue: { item: T; settle: (error?: unknown) => void }[] = [];
  private writing = false;

  constructor(
    private readonly writeBatch: (items: T[]) => Promise<void>,
    private readonly maxBatch = 100,
  ) {}

  write(item: T): Promise<void> {
    return new Promise((resolve, reject) => {
      this.queue.push({ item, settle: (error) => (error === undefined ? resolve() : reject(error)) });
      void this.drain();
    });
  }

  private async drain(): Promise<void> {
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
