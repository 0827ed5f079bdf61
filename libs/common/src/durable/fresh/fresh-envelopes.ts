import type { CommandEnvelope } from '@los/contracts';

/** Which side of the durable path wrote the row: the sender's outbox or the receiver's inbox. */
export type FreshSide = 'sent' | 'received';

/** Enough for the commands one process records or receives in a burst before their jobs run. */
const CAPACITY = 2_000;

/**
 * Envelopes of commands this process has just recorded (outbox) or received (inbox), handed from the code that wrote
 * the row to the job that would read it back, so that the job's first run here need not read a row written a moment
 * ago. Each is taken once; a retry, a re-drive, a job on another replica, or an envelope pushed out by newer ones reads
 * the row as before. Held in memory only: an envelope may carry a PAN, which Bull's job data (kept in Redis) must not.
 */
export class FreshEnvelopes {
  private readonly envelopes = new Map<string, CommandEnvelope>();

  constructor(private readonly capacity = CAPACITY) {}

  keep(side: FreshSide, envelope: CommandEnvelope): void {
    const key = `${side}:${envelope.commandId}`;
    this.envelopes.delete(key);
    if (this.envelopes.size >= this.capacity) this.envelopes.delete(this.envelopes.keys().next().value!);
    this.envelopes.set(key, envelope);
  }

  /** The envelope kept for the command, once; undefined after that or when none was kept. */
  take(side: FreshSide, commandId: string): CommandEnvelope | undefined {
    const key = `${side}:${commandId}`;
    const envelope = this.envelopes.get(key);
    this.envelopes.delete(key);
    return envelope;
  }
}
