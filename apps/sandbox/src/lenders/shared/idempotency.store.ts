/** Our requestId → the first answer, so a replayed call gets the same partner reference. */
export class IdempotencyStore<T> {
  private readonly answers = new Map<string, T>();

  remember(key: string | undefined, produce: () => T): T {
    if (!key) return produce();
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    const answer = produce();
    this.answers.set(key, answer);
    return answer;
  }
}
