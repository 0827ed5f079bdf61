import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKey } from '@los/common';
import mongoose, { type Model } from 'mongoose';
import type { KycDecision } from './kyc-decision.combiner.js';
import { KycCheck, type SourceStates } from './kyc-check.schema.js';

export interface CheckResult {
  decision: KycDecision;
  sources: SourceStates;
  ckycNumber: string | null;
}

@Injectable()
export class KycChecksRepository {
  constructor(@InjectModel(KycCheck.name) private readonly checks: Model<KycCheck>) {}

  findByKycId(kycId: string): Promise<KycCheck | null> {
    return this.checks.findOne({ kycId }).lean<KycCheck>().exec();
  }

  /** Newest first. */
  findByApplicationId(applicationId: string): Promise<KycCheck[]> {
    return this.checks.find({ applicationId }).sort({ startedAt: -1 }).lean<KycCheck[]>().exec();
  }

  /** The newest check of each of these applications (applications without one are left out). */
  async findLatestByApplicationIds(applicationIds: string[]): Promise<KycCheck[]> {
    if (applicationIds.length === 0) return [];
    const checks = await this.checks
      .find({ applicationId: mongoose.trusted({ $in: applicationIds }) })
      .sort({ startedAt: -1 })
      .lean<KycCheck[]>()
      .exec();
    const latest = new Map<string, KycCheck>();
    for (const check of checks) if (!latest.has(check.applicationId)) latest.set(check.applicationId, check);
    return [...latest.values()];
  }

  /** Inserts the check unless a replica or an earlier run already did. */
  async createIfAbsent(check: KycCheck): Promise<void> {
    try {
      await this.checks.updateOne({ kycId: check.kycId }, { $setOnInsert: check }, { upsert: true });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
  }

  /** The first completion wins; null when another run completed the check first. */
  complete(kycId: string, { decision, sources, ckycNumber }: CheckResult, redriveDueAt: Date | null): Promise<KycCheck | null> {
    return this.checks
      .findOneAndUpdate(
        { kycId, status: 'IN_PROGRESS' },
        {
          $set: {
            ...decisionFields(decision),
            sources,
            ckycNumber,
            revision: 1,
            completedAt: new Date(),
            redriveDueAt,
            redriveCount: 0,
          },
        },
        { returnDocument: 'after' },
      )
      .lean<KycCheck>()
      .exec();
  }

  findRedriveDue(now: Date, limit: number): Promise<KycCheck[]> {
    return this.checks
      .find({ status: 'REVIEW', redriveDueAt: mongoose.trusted({ $lte: now }) })
      .sort({ redriveDueAt: 1 })
      .limit(limit)
      .lean<KycCheck[]>()
      .exec();
  }

  /** Exactly one replica wins each re-drive round; the lease hands it on if that replica dies. */
  async claimRedrive(kycId: string, redriveCount: number, now: Date, leaseUntil: Date): Promise<boolean> {
    const claimed = await this.checks.updateOne(
      { kycId, redriveCount, redriveDueAt: mongoose.trusted({ $lte: now }) },
      { $set: { redriveCount: redriveCount + 1, redriveDueAt: leaseUntil } },
    );
    return claimed.modifiedCount === 1;
  }

  /** Stores a re-drive's result unless the check moved on meanwhile; a changed result is a new revision. */
  applyRedrive(check: KycCheck, result: CheckResult, changed: boolean, redriveDueAt: Date | null): Promise<KycCheck | null> {
    const decided = changed ? { ...decisionFields(result.decision), revision: check.revision + 1, publishPending: true } : {};
    return this.checks
      .findOneAndUpdate(
        { kycId: check.kycId, revision: check.revision },
        {
          $set: { sources: result.sources, ckycNumber: result.ckycNumber ?? check.ckycNumber, redriveDueAt, ...decided },
        },
        { returnDocument: 'after' },
      )
      .lean<KycCheck>()
      .exec();
  }

  findPublishPending(limit: number): Promise<KycCheck[]> {
    return this.checks.find({ publishPending: true }).limit(limit).lean<KycCheck[]>().exec();
  }

  async markPublished(kycId: string, revision: number): Promise<void> {
    await this.checks.updateOne({ kycId, revision, publishPending: true }, { $set: { publishPending: false } });
  }
}

function decisionFields(decision: KycDecision) {
  return { status: decision.status, score: decision.score, reasons: decision.reasons, components: decision.components };
}
