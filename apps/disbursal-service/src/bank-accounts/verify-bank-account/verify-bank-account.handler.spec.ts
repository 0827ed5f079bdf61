import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { FieldCipher, FieldKeyring, type RpcClient } from '@los/common';
import type { CommandEnvelope, MatchDecision, VerifyBankAccountCommand } from '@los/contracts';
import { FindOperator, type Repository } from 'typeorm';
import type { BankAccountEntity } from '../bank-account.entity.js';
import { AccountNumberVault } from '../vault/account-number-vault.js';
import { PennyDropProvider, PennyDropUnavailableError, type PennyDropAnswer, type PennyDropRequest } from './penny-drop.client.js';
import { VerifyBankAccountHandler } from './verify-bank-account.handler.js';

const NUMBER = '50100123456789';
const vault = new AccountNumberVault(
  new FieldCipher(
    FieldKeyring.parse({ keysVariable: 'K', keys: `k1:${randomBytes(32).toString('base64')}`, activeVariable: 'A', active: 'k1' }),
    'bank-account',
  ),
);

/** The handler's queries on one table: conditions are equalities, or IsNull(). */
class InMemoryAccounts {
  readonly rows: BankAccountEntity[] = [];
  private matches(row: BankAccountEntity, where: Record<string, unknown>) {
    return Object.entries(where).every(([key, value]) =>
      value instanceof FindOperator ? row[key as keyof BankAccountEntity] === null : row[key as keyof BankAccountEntity] === value,
    );
  }
  async findOneBy(where: Record<string, unknown>) {
    return this.rows.find((row) => this.matches(row, where)) ?? null;
  }
  async findOneByOrFail(where: Record<string, unknown>) {
    return (await this.findOneBy(where))!;
  }
  async update(where: Record<string, unknown>, values: Partial<BankAccountEntity>) {
    const hits = this.rows.filter((row) => this.matches(row, where));
    hits.forEach((row) => Object.assign(row, values));
    return { affected: hits.length };
  }
}

class ScriptedProvider extends PennyDropProvider {
  readonly requests: PennyDropRequest[] = [];
  constructor(private readonly answers: (PennyDropAnswer | Error)[]) {
    super();
  }
  async verify(request: PennyDropRequest): Promise<PennyDropAnswer> {
    this.requests.push(request);
    const next = this.answers.shift()!;
    if (next instanceof Error) throw next;
    return next;
  }
}

const holder = (registeredName: string): PennyDropAnswer => ({
  accountExists: true,
  registeredName,
  failureReason: null,
  bankReference: '123456789012',
});

function setUp(answers: (PennyDropAnswer | Error)[], decision: MatchDecision = 'MATCH', score = 100) {
  const accounts = new InMemoryAccounts();
  const sealed = vault.seal(NUMBER);
  const applicationId = randomUUID();
  accounts.rows.push({
    id: sealed.accountId,
    applicationId,
    ifsc: 'HDFC0000001',
    accountLast4: sealed.accountLast4,
    holderName: 'Asha Verma',
    keyId: sealed.keyId,
    iv: sealed.iv,
    ciphertext: sealed.ciphertext,
    tag: sealed.tag,
    createdAt: new Date(),
    verificationStatus: null,
    verificationReason: null,
    registeredName: null,
    nameMatchDecision: null,
    nameMatchScore: null,
    bankReference: null,
    verifiedAt: null,
  });
  const provider = new ScriptedProvider(answers);
  const matches: object[] = [];
  const rpc = {
    send: async (_pattern: string, message: { payload: object }) => {
      matches.push(message.payload);
      return { decision, score, reasons: [], components: {} };
    },
  } as unknown as RpcClient;
  const sut = new VerifyBankAccountHandler(accounts as unknown as Repository<BankAccountEntity>, vault, provider, rpc);
  const command: VerifyBankAccountCommand = { applicationId, accountId: sealed.accountId, kycName: 'Asha Verma' };
  const envelope = { commandId: randomUUID(), correlationId: 'c-1', payload: command } as CommandEnvelope<VerifyBankAccountCommand>;
  return { sut, command, envelope, provider, matches, accounts };
}

describe('VerifyBankAccountHandler', () => {
  it('penny-drops the decrypted number under the account id and reports the name match', async () => {
    const { sut, command, envelope, provider, matches } = setUp([holder('ASHA VERMA')]);
    const outcome = await sut.execute(command, envelope);
    assert.deepEqual(provider.requests, [{ requestId: command.accountId, ifsc: 'HDFC0000001', accountNumber: NUMBER }]);
    assert.deepEqual(matches, [{ name1: 'Asha Verma', name2: 'ASHA VERMA' }]);
    assert.deepEqual(outcome, {
      type: 'disbursal.evt.bank-account-verified.v1',
      payload: {
        applicationId: command.applicationId,
        accountId: command.accountId,
        status: 'VERIFIED',
        accountLast4: '6789',
        nameMatch: { decision: 'MATCH', score: 100 },
      },
    });
    assert.ok(!JSON.stringify(outcome).includes(NUMBER));
  });

  it('answers a repeat from what it stored, without a second penny drop', async () => {
    const { sut, command, envelope, provider } = setUp([holder('RAVI SHANKAR')], 'NO_MATCH', 0);
    const first = await sut.execute(command, envelope);
    const again = await sut.execute(command, envelope);
    assert.deepEqual(again, first);
    assert.equal(provider.requests.length, 1);
    assert.equal((first.payload as { reason: string }).reason, 'NAME_MISMATCH');
  });

  it('leaves nothing stored when the provider is unavailable, so the retry does the whole check', async () => {
    const { sut, command, envelope, provider, accounts } = setUp(
      [new PennyDropUnavailableError('HTTP 503'), holder('ASHA SHARMA')],
      'REVIEW',
      60,
    );
    await assert.rejects(sut.execute(command, envelope), PennyDropUnavailableError);
    assert.equal(accounts.rows[0].verificationStatus, null);
    const outcome = await sut.execute(command, envelope);
    assert.equal(provider.requests.length, 2);
    assert.deepEqual((outcome.payload as { status: string; reason: string }).status, 'REVIEW');
  });

  it('rejects an account that took no credit without asking for a name match', async () => {
    const { sut, command, envelope, matches } = setUp([
      { accountExists: false, registeredName: null, failureReason: 'ACCOUNT_CLOSED', bankReference: null },
    ]);
    const outcome = await sut.execute(command, envelope);
    assert.deepEqual(matches, []);
    assert.deepEqual(
      [(outcome.payload as { status: string }).status, (outcome.payload as { reason: string }).reason],
      ['REJECTED', 'ACCOUNT_CLOSED'],
    );
    assert.equal((outcome.payload as { nameMatch?: unknown }).nameMatch, undefined);
  });

  it('refuses (4xx) an account of another application', async () => {
    const { sut, command, envelope } = setUp([]);
    await assert.rejects(sut.execute({ ...command, applicationId: randomUUID() }, envelope), { code: 'NOT_FOUND' });
  });
});
