import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ResultEvent } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationAttention, AttentionRequest } from '../applications/attention/application-attention.service.js';
import type { ApplicationBankAccountEntity } from './application-bank-account.entity.js';
import { VerifyBankAccountFailedHandler } from './verify-bank-account-failed.handler.js';

function setUp(status: ApplicationBankAccountEntity['status']) {
  const row = { applicationId: 'app-1', commandId: 'cmd-1', accountLast4: '6789', status, reason: null } as ApplicationBankAccountEntity;
  const matches = (where: Record<string, unknown>) => Object.entries(where).every(([key, value]) => row[key as keyof typeof row] === value);
  const manager = {
    findOneBy: async (_entity: unknown, where: Record<string, unknown>) => (matches(where) ? { ...row } : null),
    update: async (_entity: unknown, where: Record<string, unknown>, values: Partial<ApplicationBankAccountEntity>) => {
      if (!matches(where)) return { affected: 0 };
      Object.assign(row, values);
      return { affected: 1 };
    },
  } as unknown as EntityManager;
  const raised: AttentionRequest[] = [];
  const attention = {
    raise: async (_manager: EntityManager, request: AttentionRequest) => void raised.push(request),
  } as ApplicationAttention;
  const event = { commandId: 'cmd-1', failureCode: 'VALIDATION_FAILED' } as ResultEvent;
  return { sut: new VerifyBankAccountFailedHandler(attention), manager, row, raised, event };
}

describe('VerifyBankAccountFailedHandler', () => {
  it('rejects the pending account with the code and raises an attention item naming only the last 4 digits', async () => {
    const { sut, manager, row, raised, event } = setUp('PENDING');
    await sut.apply({ message: 'The bank verification provider refused the request: VALIDATION_FAILED' }, event, manager);
    assert.equal(row.status, 'REJECTED');
    assert.equal(row.reason, 'VERIFICATION_REFUSED: VALIDATION_FAILED');
    assert.deepEqual(
      raised.map((r) => [r.applicationId, r.code, r.commandId]),
      [['app-1', 'BANK_ACCOUNT_VERIFICATION_REFUSED', 'cmd-1']],
    );
    assert.match(raised[0].reason, /^VALIDATION_FAILED: .* \(account ending 6789\)$/);
  });

  it('changes nothing for an account already settled or replaced', async () => {
    const { sut, manager, row, raised, event } = setUp('VERIFIED');
    await sut.apply({}, event, manager);
    assert.equal(row.status, 'VERIFIED');
    assert.deepEqual(raised, []);
  });
});
