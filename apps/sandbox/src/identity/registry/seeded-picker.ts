import { createHash } from 'node:crypto';

/** Deterministic choices from a seed (a PAN, an Aadhaar number): the same seed makes the same choices. */
export class SeededPicker {
  private pool = Buffer.alloc(0);
  private offset = 0;
  private round = 0;

  constructor(private readonly seed: string) {}

  int(min: number, max: number): number {
    return min + (this.next32() % (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  chance(probability: number): boolean {
    return this.next32() / 2 ** 32 < probability;
  }

  private next32(): number {
    if (this.offset + 4 > this.pool.length) {
      this.pool = createHash('sha256').update(`${this.seed}#${this.round++}`).digest();
      this.offset = 0;
    }
    const value = this.pool.readUInt32BE(this.offset);
    this.offset += 4;
    return value;
  }
}
