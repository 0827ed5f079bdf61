/** Map capped at `capacity` entries; evicts the oldest insert. Safe for pure, immutable values. */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  getOrCreate(key: K, create: (key: K) => V): V {
    const cached = this.entries.get(key);
    if (cached !== undefined) return cached;
    const value = create(key);
    if (this.capacity <= 0) return value;
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }
}
