import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DisbursalStatus, PartnerStatus } from '@los/contracts';
import { PartnerError, PartnerErrorCode, type DisbursalResult, type LivePartners } from '@los/nbfc';
import type { EntityManager } from 'typeorm';
import type { VerifiedAccounts } from '../../beneficiary/verified-accounts.js';
import type { DisbursalProgress } from '../../disbursal-progress.service.js';
import type { DisbursalEntity } from '../../entities/disbursal.entity.js';
import { AttemptDisbursalUseCase } from './attempt-disbursal.usecase.js';

const ID = '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21';
const CONFIG = { DISBURSAL_RETRY_ATTEMPTS: 3, DISBURSAL_RETRY_BASE_MS: 1_000, DISBURSAL_RETRY_MAX_MS: 4_000 };

function setup(answer: () => Promise<DisbursalResult>, attemptsMade = 0) {
  const disbursal = {
    applicationId: ID,
    partnerCode: 'AURUM_PRIME',
    partnerReference: 'LW-APP-1',
    requestId: `dsb-${ID}-1`,
    accountId: 'a1',
    status: DisbursalStatus.Requested,
    expectedAmount: '244100.00',
    attempts: attemptsMade,
    nextAttemptAt: new Date(Date.now() - 1),
    version: 0,
  } as DisbursalEntity;
  const requests: string[] = [];
  const applied: PartnerStatus[] = [];
  const progress = {
    withLocked: <T>(_id: string, work: (manager: EntityManager, d: DisbursalEntity) => Promise<T>) => work({} as EntityManager, disbursal),
    save: () => Promise.resolve(),
    apply: (_m: EntityManager, d: DisbursalEntity, news: { status: PartnerStatus }) => {
      applied.push(news.status);
      d.status = DisbursalStatus.Processing;
      return Promise.resolve({ effect: 'APPLIED' });
    },
  } as unknown as DisbursalProgress;
  const adapter = {
    requestDisbursal: (_request: unknown, context: { requestId: string }) => (requests.push(context.requestId), answer()),
  };
  const live = { adapterOf: () => adapter } as unknown as LivePartners;
  const accounts: VerifiedAccounts = {
    beneficiaryOf: () => Promise.resolve({ accountNumber: '123456789012', ifsc: 'HDFC0000001', name: 'A' }),
  };
  const sut = new AttemptDisbursalUseCase(CONFIG as never, progress, live, accounts);
  return { sut, disbursal, requests, applied };
}

const failing = (code: PartnerErrorCode) => () => Promise.reject(new PartnerError(code, 'lender says no', 'AURUM_PRIME'));

describe('AttemptDisbursalUseCase', () => {
  it('asks with the disbursal’s one request id and applies the answer', async () => {
    const { sut, disbursal, requests, applied } = setup(() =>
      Promise.resolve({ partnerReference: 'LW-APP-1', status: PartnerStatus.DisbursalInitiated }),
    );
    await sut.execute(ID, 'corr');
    assert.deepEqual(requests, [`dsb-${ID}-1`]);
    assert.deepEqual([applied, disbursal.attempts, disbursal.status], [[PartnerStatus.DisbursalInitiated], 1, DisbursalStatus.Processing]);
  });

  it('schedules the next call after a retryable failure, by the backoff', async () => {
    const { sut, disbursal } = setup(failing(PartnerErrorCode.Unavailable), 1);
    const before = Date.now();
    await sut.execute(ID, 'corr');
    assert.deepEqual([disbursal.status, disbursal.attempts, disbursal.lastError], [DisbursalStatus.Requested, 2, 'PARTNER_UNAVAILABLE']);
    const wait = disbursal.nextAttemptAt!.getTime() - before;
    assert.ok(wait >= 2_000 && wait < 3_000, `${wait} ms`);
  });

  it('fails the disbursal, retryable, once the attempts are spent', async () => {
    const { sut, disbursal } = setup(failing(PartnerErrorCode.Timeout), 2);
    await sut.execute(ID, 'corr');
    assert.deepEqual([disbursal.status, disbursal.failureRetryable, disbursal.nextAttemptAt], [DisbursalStatus.Failed, true, null]);
    assert.match(disbursal.failureReason!, /PARTNER_TIMEOUT.*after 3 attempts/);
  });

  it('fails it at once on a refusal, with the reason', async () => {
    const { sut, disbursal } = setup(failing(PartnerErrorCode.Rejected));
    await sut.execute(ID, 'corr');
    assert.deepEqual([disbursal.status, disbursal.failureRetryable, disbursal.attempts], [DisbursalStatus.Failed, false, 1]);
    assert.equal(disbursal.failureReason, 'PARTNER_REJECTED_REQUEST: lender says no');
  });

  it('calls nobody when no attempt is due (a re-sent command while one waits or runs)', async () => {
    const { sut, disbursal, requests } = setup(failing(PartnerErrorCode.Rejected));
    disbursal.nextAttemptAt = new Date(Date.now() + 60_000);
    await sut.execute(ID, 'corr');
    disbursal.status = DisbursalStatus.Processing;
    disbursal.nextAttemptAt = null;
    await sut.execute(ID, 'corr');
    assert.deepEqual([requests, disbursal.attempts], [[], 0]);
  });
});
