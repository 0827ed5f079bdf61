import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException, type RpcClient } from '@los/common';
import {
  ApplicationStatus,
  ErrorCode,
  Role,
  UnderwritingDecision,
  UnderwritingTrigger,
  type UnderwritingDecisionReply,
} from '@los/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity.js';
import type { ApplicationsService } from '../applications/applications.service.js';
import type { ApplicationLifecycle, TransitionRequest } from '../applications/lifecycle/application-lifecycle.service.js';
import { UnderwritingDecisions } from './underwriting-decisions.service.js';
import type { UnderwritingEvaluationTrigger } from './underwriting-evaluation.trigger.js';

const APPLICATION = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';
const REPLY: UnderwritingDecisionReply = {
  decisionId: '7d1f2b64-1b7a-4c43-9d8e-3c2a1b0f9e8d',
  applicationId: APPLICATION,
  decision: UnderwritingDecision.Reject,
  tableId: 'personal-loan:AURUM_PRIME',
  version: 2,
  snapshotId: 'abc',
  matchedRules: ['written-off'],
  reasons: [
    { code: 'WRITTEN_OFF_ACCOUNTS', text: 'written off', borrowerFacing: true },
    { code: 'INTERNAL_NOTE', text: 'x', borrowerFacing: false },
  ],
  conditions: {},
  durationMs: 3,
  trigger: UnderwritingTrigger.Acceptance,
  decidedAt: '2026-12-06T05:00:00.000Z',
};

function setup(
  application: Partial<ApplicationEntity> | null,
  options: { raced?: boolean; reply?: UnderwritingDecisionReply | null } = {},
) {
  const moves: TransitionRequest[] = [];
  const requested: UnderwritingTrigger[] = [];
  const updates: object[] = [];
  const manager = {
    findOneBy: () => Promise.resolve(application),
    update: (_e: unknown, _w: object, patch: object) => (updates.push(patch), Promise.resolve()),
  } as unknown as EntityManager;
  const lifecycle = {
    transition: (_m: EntityManager, r: TransitionRequest) =>
      options.raced
        ? Promise.reject(new AppException(ErrorCode.InvalidTransition, 'moved'))
        : (moves.push(r), Promise.resolve({ ...application, status: r.to })),
  } as unknown as ApplicationLifecycle;
  const evaluation = {
    request: (_m: EntityManager, _a: ApplicationEntity, trigger: UnderwritingTrigger) => (
      requested.push(trigger),
      Promise.resolve('cmd-1')
    ),
  } as unknown as UnderwritingEvaluationTrigger;
  const applications = { get: () => Promise.resolve(application) } as unknown as ApplicationsService;
  const rpc = {
    send: () =>
      options.reply === null
        ? Promise.reject(new AppException(ErrorCode.DecisionNotAvailable, 'none'))
        : Promise.resolve(options.reply ?? REPLY),
  } as unknown as RpcClient;
  const dataSource = { transaction: (work: (m: EntityManager) => Promise<unknown>) => work(manager) } as unknown as DataSource;
  const sut = new UnderwritingDecisions(applications, lifecycle, evaluation, rpc, dataSource);
  return { sut, manager, moves, requested, updates };
}

const referred = { id: APPLICATION, status: ApplicationStatus.ManualReview, documentsRequired: 'BANK_STATEMENT,SALARY_SLIP' };

describe('UnderwritingDecisions', () => {
  it('evaluates a referred application again when a document it asked for arrives, clearing the request', async () => {
    const { sut, manager, moves, requested, updates } = setup(referred);
    assert.equal(await sut.onDocumentChecked(manager, APPLICATION, 'SALARY_SLIP', 'corr'), true);
    assert.deepEqual(
      moves.map((m) => [m.expectedFrom, m.to]),
      [[ApplicationStatus.ManualReview, ApplicationStatus.Underwriting]],
    );
    assert.deepEqual(requested, [UnderwritingTrigger.DocumentReceived]);
    assert.deepEqual(updates, [{ documentsRequired: null }]);
  });

  it('ignores other documents, other statuses, and a move another request made first', async () => {
    const other = setup(referred);
    assert.equal(await other.sut.onDocumentChecked(other.manager, APPLICATION, 'PHOTO', 'corr'), false);
    const approved = setup({ ...referred, status: ApplicationStatus.LenderReview });
    assert.equal(await approved.sut.onDocumentChecked(approved.manager, APPLICATION, 'SALARY_SLIP', 'corr'), false);
    const none = setup({ ...referred, documentsRequired: null });
    assert.equal(await none.sut.onDocumentChecked(none.manager, APPLICATION, 'SALARY_SLIP', 'corr'), false);
    const raced = setup(referred, { raced: true });
    assert.equal(await raced.sut.onDocumentChecked(raced.manager, APPLICATION, 'SALARY_SLIP', 'corr'), false);
    assert.deepEqual([...other.requested, ...approved.requested, ...none.requested, ...raced.requested], []);
  });

  it('shows staff the whole decision and the borrower only the decision and the reasons meant for them', async () => {
    const staff = { id: 'u1', role: Role.Underwriter } as never;
    const borrower = { id: 'u2', role: Role.Applicant } as never;
    const { sut } = setup(referred);
    const full = (await sut.decisionFor(staff, APPLICATION, 'corr')) as unknown as Record<string, unknown>;
    assert.deepEqual(
      [full.table, full.version, full.snapshot, full.matchedRules],
      ['personal-loan:AURUM_PRIME', 2, 'abc', ['written-off']],
    );
    assert.deepEqual(await sut.decisionFor(borrower, APPLICATION, 'corr'), {
      applicationId: APPLICATION,
      decision: UnderwritingDecision.Reject,
      reasons: [{ code: 'WRITTEN_OFF_ACCOUNTS', text: 'written off', borrowerFacing: true }],
      decidedAt: '2026-12-06T05:00:00.000Z',
    });
  });
});
