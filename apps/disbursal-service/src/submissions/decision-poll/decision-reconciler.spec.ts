import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus } from '@los/contracts';
import { PartnerError, PartnerErrorCode, type NbfcAdapter } from '@los/nbfc';
import type { DecisionNewsReporter } from './decision-news.reporter.js';
import type { DecisionPollsRepository, UndecidedSubmission } from './decision-polls.repository.js';
import { DecisionReconciler } from './decision-reconciler.js';

const NOW = new Date('2026-12-06T05:00:00.000Z');
const CONFIG = { DECISION_POLL_AFTER_MS: 600_000, DECISION_POLL_INTERVAL_MS: 60_000 };

const submission = (applicationId: string, partnerCode = 'AURUM_PRIME'): UndecidedSubmission => ({
  applicationId,
  partnerCode,
  partnerReference: `REF-${applicationId}`,
  createdAt: new Date(NOW.getTime() - 3_600_000),
});

class FakePolls {
  readonly asked: { submittedBefore: Date; now: Date }[] = [];
  readonly polled = new Map<string, string>();
  constructor(
    private readonly undecided: UndecidedSubmission[],
    private readonly lost: Set<string> = new Set(),
  ) {}
  async due(submittedBefore: Date, now: Date) {
    this.asked.push({ submittedBefore, now });
    return this.undecided;
  }
  async claim(applicationId: string) {
    return !this.lost.has(applicationId);
  }
  async polled_(applicationId: string, _at: Date, outcome: string) {
    this.polled.set(applicationId, outcome);
  }
}

function sutWith(
  undecided: UndecidedSubmission[],
  statusOf: (reference: string) => PartnerStatus,
  options: { lost?: string[]; adapterless?: string[]; reportFails?: boolean } = {},
) {
  const polls = new FakePolls(undecided, new Set(options.lost));
  const lenderAsked: string[] = [];
  const adapter = {
    async applicationStatus(reference: string) {
      lenderAsked.push(reference);
      return { partnerReference: reference, status: statusOf(reference) };
    },
  } as unknown as NbfcAdapter;
  const reported: [string, PartnerStatus][] = [];
  const observed: [string, PartnerStatus][] = [];
  let confirmations = 0;
  const sut = new DecisionReconciler(
    CONFIG,
    { due: polls.due.bind(polls), claim: polls.claim.bind(polls), polled: polls.polled_.bind(polls) } as unknown as DecisionPollsRepository,
    { adapterOf: (code: string) => (options.adapterless?.includes(code) ? undefined : adapter) },
    {
      async report(s: UndecidedSubmission, status: PartnerStatus) {
        if (options.reportFails) throw new Error('redis away');
        reported.push([s.applicationId, status]);
      },
    } as unknown as DecisionNewsReporter,
    {
      async observe(_code: string, reference: string, status: PartnerStatus) {
        observed.push([reference, status]);
      },
    },
    { runSoon: () => (confirmations += 1) },
  );
  return { sut, polls, lenderAsked, reported, observed, confirmations: () => confirmations };
}

describe('DecisionReconciler', () => {
  it('asks for submissions undecided past DECISION_POLL_AFTER_MS, and reports the decisions it finds', async () => {
    const { sut, polls, reported, observed, confirmations } = sutWith([submission('a'), submission('b'), submission('c')], (ref) =>
      ref === 'REF-a' ? PartnerStatus.Approved : ref === 'REF-b' ? PartnerStatus.Rejected : PartnerStatus.UnderReview,
    );
    assert.deepEqual(await sut.reconcile(NOW), { polled: 3, decided: 2 });
    assert.deepEqual(polls.asked, [{ submittedBefore: new Date(NOW.getTime() - CONFIG.DECISION_POLL_AFTER_MS), now: NOW }]);
    assert.deepEqual(reported, [
      ['a', PartnerStatus.Approved],
      ['b', PartnerStatus.Rejected],
    ]);
    assert.deepEqual(observed, [
      ['REF-a', PartnerStatus.Approved],
      ['REF-b', PartnerStatus.Rejected],
    ]);
    assert.equal(confirmations(), 1, 'an approval has the acceptance confirmed soon');
    assert.deepEqual(
      [...polls.polled],
      [
        ['a', 'DECIDED'],
        ['b', 'DECIDED'],
        ['c', PartnerStatus.UnderReview],
      ],
    );
  });

  it('leaves a submission another replica claimed, and one whose partner has no live connection', async () => {
    const { sut, lenderAsked, polls } = sutWith(
      [submission('mine'), submission('theirs'), submission('rules', 'RULES_ONLY')],
      () => PartnerStatus.UnderReview,
      { lost: ['theirs'], adapterless: ['RULES_ONLY'] },
    );
    assert.deepEqual(await sut.reconcile(NOW), { polled: 1, decided: 0 });
    assert.deepEqual(lenderAsked, ['REF-mine']);
    assert.deepEqual([...polls.polled.keys()], ['mine']);
  });

  it("records a lender's error as the poll's outcome and goes on with the others", async () => {
    const { sut, polls, reported } = sutWith([submission('down'), submission('up')], (ref) => {
      if (ref === 'REF-down') throw new PartnerError(PartnerErrorCode.Unavailable, 'down', 'AURUM_PRIME');
      return PartnerStatus.Approved;
    });
    assert.deepEqual(await sut.reconcile(NOW), { polled: 2, decided: 1 });
    assert.equal(polls.polled.get('down'), PartnerErrorCode.Unavailable);
    assert.deepEqual(reported, [['up', PartnerStatus.Approved]]);
  });

  it('does not count a decision it could not report as decided, so the next poll reports it', async () => {
    const { sut, polls, observed } = sutWith([submission('a')], () => PartnerStatus.Approved, { reportFails: true });
    assert.deepEqual(await sut.reconcile(NOW), { polled: 1, decided: 0 });
    assert.equal(polls.polled.get('a'), 'REPORT_FAILED');
    assert.deepEqual(observed, [], 'not marked decided');
  });
});
