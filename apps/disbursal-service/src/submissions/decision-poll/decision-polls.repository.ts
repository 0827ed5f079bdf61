import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { MessagePattern } from '@los/contracts';
import { LessThanOrEqual, type DataSource, type Repository } from 'typeorm';
import { PartnerSubmissionEntity } from '../partner-submission.entity.js';
import { PartnerDecisionPollEntity } from './partner-decision-poll.entity.js';

/** A submission the lender holds, with no decision heard for it. */
export type UndecidedSubmission = Pick<PartnerSubmissionEntity, 'applicationId' | 'partnerCode' | 'createdAt'> & {
  partnerReference: string;
};

const NEVER = new Date(0);

@Injectable()
export class DecisionPollsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PartnerDecisionPollEntity) private readonly polls: Repository<PartnerDecisionPollEntity>,
  ) {}

  /**
   * Submissions at their lender (a reference, no refusal) with no decision, sent before `submittedBefore`, whose
   * next poll is due: the least recently asked first.
   */
  async due(submittedBefore: Date, now: Date, limit: number): Promise<UndecidedSubmission[]> {
    const rows = await this.dataSource
      .getRepository(PartnerSubmissionEntity)
      .createQueryBuilder('s')
      .leftJoin(PartnerDecisionPollEntity, 'p', 'p.application_id = s.application_id')
      .select(['s.application_id AS applicationId', 's.partner_code AS partnerCode', 's.partner_reference AS partnerReference'])
      .addSelect('s.created_at', 'createdAt')
      .where('s.partner_reference IS NOT NULL AND s.decided_at IS NULL AND s.failure_code IS NULL')
      .andWhere('s.created_at <= :submittedBefore', { submittedBefore })
      .andWhere('(p.application_id IS NULL OR p.next_poll_at <= :now)', { now })
      .orderBy('COALESCE(p.last_polled_at, s.created_at)', 'ASC')
      .limit(limit)
      .getRawMany<UndecidedSubmission>();
    return rows;
  }

  /** Of replicas polling at once, one wins each submission: the row's next poll moves forward only for the winner. */
  async claim(applicationId: string, now: Date, intervalMs: number): Promise<boolean> {
    await this.polls.createQueryBuilder().insert().orIgnore().values({ applicationId, pollCount: 0, nextPollAt: NEVER }).execute();
    const claimed = await this.polls.update(
      { applicationId, nextPollAt: LessThanOrEqual(now) },
      { nextPollAt: new Date(now.getTime() + intervalMs) },
    );
    return claimed.affected === 1;
  }

  /** One poll done: counted, timed, and what the lender said (or why it could not be asked). */
  async polled(applicationId: string, at: Date, outcome: string): Promise<void> {
    await this.polls
      .createQueryBuilder()
      .update()
      .set({ pollCount: () => 'poll_count + 1', lastPolledAt: at, lastOutcome: outcome.slice(0, 64) })
      .where({ applicationId })
      .execute();
  }

  /** The submit-to-partner command the gateway sent for the application, whose result the news is reported under. */
  async submissionCommandId(applicationId: string): Promise<string | null> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM inbox_commands WHERE pattern = ? AND JSON_VALUE(envelope, '$.payload.applicationId') = ?
        ORDER BY received_at LIMIT 1`,
      [MessagePattern.SubmitToPartner, applicationId],
    );
    return rows[0]?.id ?? null;
  }
}
