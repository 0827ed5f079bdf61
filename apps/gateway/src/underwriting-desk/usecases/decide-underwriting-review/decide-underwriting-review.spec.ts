import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { ApplicationStatus, ErrorCode, UnderwritingReviewDecision, UnderwritingReviewReasonCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import type { OutcomeRequest, UnderwritingOutcomes } from '../../../underwriting/underwriting-outcomes.service.js';
import { UnderwritingReviewAuditEntity } from '../../underwriting-review-audit.entity.js';
import { UnderwritingReviewEntity } from '../../underwriting-review.entity.js';
import type { UnderwritingDeskSettings } from '../../underwriting-desk.settings.js';
import type { UnderwritingReviewsRepository } from '../../underwriting-reviews.repository.js';
import { DecideUnderwritingReviewUseCase } from './decide-underwriting-review.usecase.js';

const NOW = new Date('2026-03-01T12:00:00.000Z');
const LATER = new Date(NOW.getTime() + 60_000);
const ENTERED = new Date('2026-03-01T11:00:00.000Z');
const SETTINGS: UnderwritingDeskSettings = {
  slaMs: 7_200_000,
  claimMs: 900_000,
  checkerAbove: '500000.00',
  slaMarginMs: 0,
  slaScanMs: 1000,
};
const APPROVE = {
  applicationId: 'app-1',
  userId: 'u1',
  decision: UnderwritingReviewDecision.Approve,
  reasonCodes: [UnderwritingReviewReasonCode.IncomeVerified],
  note: 'Salary slips match the declared income',
  correlationId: 'corr-1',
};
const REJECT = { ...APPROVE, decision: UnderwritingReviewDecision.Reject, reasonCodes: [UnderwritingReviewReasonCode.HighObligations] };

function setup(row: Partial<UnderwritingReviewEntity> | null = { claimedBy: 'u1', claimExpiresAt: LATER }, amount = '300000.00') {
  const moves: [string, OutcomeRequest][] = [];
  const writes: [string, unknown][] = [];
  const repository = {
    findCase: async () => ({ applicationId: 'app-1', status: ApplicationStatus.ManualReview, amount, enteredReviewAt: ENTERED }),
    findForUpdate: async () =>
      row
        ? {
            applicationId: 'app-1',
            enteredReviewAt: ENTERED,
            makerId: null,
            resolvedAt: null,
            claimedBy: null,
            claimExpiresAt: null,
            ...row,
          }
        : null,
  } as unknown as UnderwritingReviewsRepository;
  const outcomes = {
    approve: async (_m: unknown, request: OutcomeRequest) => (moves.push(['approve', request]), { status: ApplicationStatus.LenderReview }),
    reject: async (_m: unknown, request: OutcomeRequest) => (moves.push(['reject', request]), { status: ApplicationStatus.Rejected }),
  } as unknown as UnderwritingOutcomes;
  const manager = {
    update: async (entity: { name: string }, _where: unknown, set: unknown) => writes.push([entity.name, set]),
    insert: async (entity: { name: string }, values: unknown) => writes.push([entity.name, values]),
  };
  const dataSource = { transaction: (work: (m: typeof manager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
  return { sut: new DecideUnderwritingReviewUseCase(dataSource, repository, outcomes, SETTINGS), moves, writes };
}

const refusedWith = (code: ErrorCode) => (error: unknown) => error instanceof AppException && error.code === code;
const audits = (writes: [string, unknown][]) =>
  writes.filter(([name]) => name === UnderwritingReviewAuditEntity.name).map(([, row]) => row);

describe('deciding an underwriting review', () => {
  it('approves through UnderwritingOutcomes as the underwriter, from MANUAL_REVIEW, and audits who, what, when, why', async () => {
    const { sut, moves, writes } = setup();
    const view = await sut.execute(APPROVE, NOW);
    assert.deepEqual(moves, [
      [
        'approve',
        {
          applicationId: 'app-1',
          expectedFrom: ApplicationStatus.ManualReview,
          actor: 'user:u1',
          reason: 'underwriter approved',
          reasonCodes: ['INCOME_VERIFIED'],
          correlationId: 'corr-1',
        },
      ],
    ]);
    assert.deepEqual(audits(writes), [
      {
        applicationId: 'app-1',
        action: 'APPROVED',
        actor: 'user:u1',
        reasonCodes: 'INCOME_VERIFIED',
        note: APPROVE.note,
        detail: null,
        at: NOW,
      },
    ]);
    assert.deepEqual([view.outcome, view.applicationStatus, view.makerId], ['APPLIED', ApplicationStatus.LenderReview, null]);
  });

  it('rejects with its reason codes', async () => {
    const { sut, moves, writes } = setup();
    const view = await sut.execute(REJECT, NOW);
    assert.deepEqual(
      moves.map(([kind, request]) => [kind, request.reasonCodes]),
      [['reject', ['HIGH_OBLIGATIONS']]],
    );
    assert.equal((audits(writes)[0] as { action: string }).action, 'REJECTED');
    assert.equal(view.applicationStatus, ApplicationStatus.Rejected);
  });

  it('records the maker of a large approval and releases the claim, moving nothing', async () => {
    const { sut, moves, writes } = setup(undefined, '750000.00');
    const view = await sut.execute(APPROVE, NOW);
    assert.deepEqual(moves, []);
    assert.deepEqual(writes[0], [
      UnderwritingReviewEntity.name,
      { makerId: 'u1', makerAt: NOW, makerNote: APPROVE.note, makerReasonCodes: 'INCOME_VERIFIED', claimedBy: null, claimExpiresAt: null },
    ]);
    assert.equal((audits(writes)[0] as { action: string }).action, 'MAKER_APPROVED');
    assert.deepEqual([view.outcome, view.applicationStatus], ['AWAITING_CHECKER', ApplicationStatus.ManualReview]);
  });

  it("refuses the maker as checker, and applies a second underwriter's approval naming the maker", async () => {
    const same = setup({ claimedBy: 'u1', claimExpiresAt: LATER, makerId: 'u1' }, '750000.00');
    await assert.rejects(same.sut.execute(APPROVE, NOW), refusedWith(ErrorCode.CheckerSameAsMaker));
    assert.deepEqual([same.moves, same.writes], [[], []]);

    const checker = setup({ claimedBy: 'u2', claimExpiresAt: LATER, makerId: 'u1' }, '750000.00');
    const view = await checker.sut.execute({ ...APPROVE, userId: 'u2' }, NOW);
    assert.equal(checker.moves[0]![1].reason, 'underwriter approved, checked (maker user:u1)');
    assert.deepEqual([view.outcome, view.makerId, view.decidedBy], ['APPLIED', 'u1', 'user:u2']);
    assert.equal((audits(checker.writes)[0] as { detail: string }).detail, 'maker user:u1');
  });

  it("needs the caller's own live claim", async () => {
    for (const row of [
      null,
      { claimedBy: null, claimExpiresAt: null },
      { claimedBy: 'u2', claimExpiresAt: LATER },
      { claimedBy: 'u1', claimExpiresAt: NOW },
    ]) {
      const { sut, moves, writes } = setup(row);
      await assert.rejects(sut.execute(APPROVE, NOW), refusedWith(ErrorCode.ReviewNotClaimed), JSON.stringify(row));
      assert.deepEqual([moves, writes], [[], []]);
    }
  });

  it('decides once', async () => {
    const { sut, moves } = setup({ claimedBy: 'u1', claimExpiresAt: LATER, resolvedAt: NOW });
    await assert.rejects(sut.execute(REJECT, NOW), refusedWith(ErrorCode.ReviewAlreadyResolved));
    assert.deepEqual(moves, []);
  });

  it('refuses reason codes of the other decision before anything else', async () => {
    const { sut, moves, writes } = setup();
    await assert.rejects(
      sut.execute({ ...APPROVE, reasonCodes: [UnderwritingReviewReasonCode.InsufficientIncome] }, NOW),
      refusedWith(ErrorCode.ValidationFailed),
    );
    assert.deepEqual([moves, writes], [[], []]);
  });
});
