import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKey } from '@los/common';
import type { UnderwritingInput } from '@los/contracts';
import type { Model } from 'mongoose';
import { canonicalJson } from './canonical-json.js';
import { type SnapshotDecision, UnderwritingSnapshot } from './underwriting-snapshot.schema.js';

export interface DecidedSnapshot {
  snapshotId: string;
  applicationId: string;
  input: UnderwritingInput;
  decided: SnapshotDecision;
}

// A decided application may have several snapshots (its input changed); the newest stands for it.
const SCAN_FACTOR = 3;

@Injectable()
export class SnapshotRepository {
  constructor(@InjectModel(UnderwritingSnapshot.name) private readonly snapshots: Model<UnderwritingSnapshot>) {}

  static idOf(input: UnderwritingInput): string {
    return createHash('sha256').update(canonicalJson(input)).digest('hex');
  }

  /** Stores the input once: the same input is the same snapshot, whoever saves it first. */
  async save(input: UnderwritingInput): Promise<string> {
    const snapshotId = SnapshotRepository.idOf(input);
    // Stored as its canonical JSON parsed back: no undefined fields, no class instances.
    const stored = JSON.parse(canonicalJson(input)) as UnderwritingInput;
    try {
      await this.snapshots.updateOne(
        { snapshotId },
        { $setOnInsert: { snapshotId, applicationId: input.applicationId, input: stored, createdAt: new Date(), decided: null } },
        { upsert: true },
      );
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    return snapshotId;
  }

  async get(id: string): Promise<UnderwritingInput | null> {
    const snapshot = await this.snapshots.findOne({ snapshotId: id }).lean<UnderwritingSnapshot>().exec();
    return snapshot?.input ?? null;
  }

  async markDecided(id: string, decided: SnapshotDecision): Promise<void> {
    await this.snapshots.updateOne({ snapshotId: id }, { $set: { decided } });
  }

  /** The snapshots of the last `n` applications decided with this table, newest first, one per application. */
  async lastDecided(tableId: string, n: number): Promise<DecidedSnapshot[]> {
    const found = await this.snapshots
      .find({ 'decided.tableId': tableId }, { _id: 0 })
      .sort({ 'decided.decidedAt': -1 })
      .limit(n * SCAN_FACTOR)
      .lean<UnderwritingSnapshot[]>()
      .exec();
    const byApplication = new Map<string, DecidedSnapshot>();
    for (const snapshot of found) {
      if (byApplication.size >= n) break;
      if (snapshot.decided && !byApplication.has(snapshot.applicationId)) {
        byApplication.set(snapshot.applicationId, { ...snapshot, decided: snapshot.decided });
      }
    }
    return [...byApplication.values()];
  }
}
