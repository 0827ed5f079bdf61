import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException, type RpcClient } from '@los/common';
import { ErrorCode, MessagePattern, UnderwritingTrigger, type BureauFacts, type UnderwritingEvaluateCommand } from '@los/contracts';
import type { BureauReportClient } from '../bureau/bureau-report.client.js';
import { InputSnapshotBuilder } from './input-snapshot.builder.js';

const APPLICATION = '7f4c4f0e-0f5e-4b7a-9a55-1f0c3c1d2b3a';
const OFFER = 'c2f1d4a0-5b6e-4f7a-8c9d-0e1f2a3b4c5d';
const TODAY = new Date('2026-12-06T10:00:00Z');
const BUREAU: BureauFacts = {
  score: 750,
  activeLoans: 1,
  activeEmiMonthly: '3000.00',
  dpd30Last12m: 0,
  dpd60Last12m: 0,
  dpd90Last12m: 0,
  enquiriesLast6m: 1,
  writtenOffAccounts: 0,
  reportId: 'RPT-1',
  fetchedAt: '2026-12-06T00:00:00.000Z',
};

const command: UnderwritingEvaluateCommand = {
  applicationId: APPLICATION,
  trigger: UnderwritingTrigger.Acceptance,
  offerId: OFFER,
  partnerCode: 'AURUM_PRIME',
  product: 'personal-loan',
  applicant: {
    pan: 'ZZZPZ0750Z',
    dob: '1990-04-21',
    employmentType: 'SALARIED',
    monthlyIncome: '85000.00',
    existingEmiMonthly: '12000.00',
    pincode: '560034',
  },
  loan: { amount: '250000.00', tenureMonths: 36, purpose: 'Home renovation' },
  kycStatus: 'VERIFIED',
  documents: ['SALARY_SLIP', 'PAN_CARD'],
};

const INPUT_TIMEOUT_MS = 30_000;

function builder(options: { offerId?: string; kyc?: 'missing' | 'down'; bureau?: BureauFacts | null } = {}, waits: unknown[] = []) {
  const rpc = {
    send: (pattern: string, _message: object, timeoutMs?: number) => {
      waits.push([pattern, timeoutMs]);
      if (pattern === MessagePattern.OfferKfs) {
        return Promise.resolve({ offerId: options.offerId ?? OFFER, terms: { amount: '240000.00', tenureMonths: 36, emi: '8303.58' } });
      }
      if (options.kyc === 'missing') return Promise.reject(new AppException(ErrorCode.NotFound, 'none'));
      if (options.kyc === 'down') return Promise.reject(new AppException(ErrorCode.UpstreamUnavailable, 'down'));
      return Promise.resolve({ status: 'VERIFIED', score: 96 });
    },
  } as unknown as RpcClient;
  const bureau = {
    reportOf: () => Promise.resolve(options.bureau === undefined ? BUREAU : options.bureau),
  } as unknown as BureauReportClient;
  return new InputSnapshotBuilder(rpc, bureau, { UNDERWRITING_INPUT_TIMEOUT_MS: INPUT_TIMEOUT_MS });
}

describe('InputSnapshotBuilder', () => {
  it("waits for the offer's KFS and the KYC status as long as a queued evaluation may, not an interactive call's timeout", async () => {
    const waits: unknown[] = [];
    await builder({}, waits).build(command, 'corr', TODAY);
    assert.deepEqual(waits.sort(), [
      [MessagePattern.KycStatus, INPUT_TIMEOUT_MS],
      [MessagePattern.OfferKfs, INPUT_TIMEOUT_MS],
    ]);
  });

  it('puts the command, the accepted offer, KYC and the bureau into one input, FOIR with the new EMI', async () => {
    const input = await builder().build(command, 'corr', TODAY);
    assert.deepEqual(input, {
      applicationId: APPLICATION,
      product: 'personal-loan',
      lender: 'AURUM_PRIME',
      applicant: { employmentType: 'SALARIED', monthlyIncome: '85000.00', pincode: '560034', ageAtMaturity: 39 },
      // The accepted offer is what is lent, not the 250000.00 first asked for.
      loan: { amount: '240000.00', tenureMonths: 36, emi: '8303.58', offeredAmount: '240000.00', offeredTenureMonths: 36 },
      kyc: { decision: 'VERIFIED', score: 96 },
      bureau: BUREAU,
      // (12000 declared, more than the bureau's 3000: the same loans counted once + 8303.58) / 85000
      foir: '0.2389',
      documents: ['PAN_CARD', 'SALARY_SLIP'],
    });
  });

  it('counts the bureau EMIs instead of the declared ones when the bureau knows of more', async () => {
    const input = await builder({ bureau: { ...BUREAU, activeEmiMonthly: '20000.00' } }).build(command, 'corr', TODAY);
    // (20000 + 8303.58) / 85000
    assert.equal(input.foir, '0.3330');
  });

  it('keeps a missing bureau report as null, FOIR on what is known', async () => {
    const input = await builder({ bureau: null }).build(command, 'corr', TODAY);
    assert.equal(input.bureau, null);
    assert.equal(input.foir, '0.2389');
  });

  it('refuses an offer that is not the accepted one, and fails (to be retried) while kyc-service is down', async () => {
    await assert.rejects(builder({ offerId: APPLICATION }).build(command, 'corr', TODAY), { code: ErrorCode.Conflict });
    await assert.rejects(builder({ kyc: 'down' }).build(command, 'corr', TODAY), { code: ErrorCode.UpstreamUnavailable });
  });

  it("falls back to the gateway's KYC status, unscored, when kyc-service has no result", async () => {
    const input = await builder({ kyc: 'missing' }).build(command, 'corr', TODAY);
    assert.deepEqual(input.kyc, { decision: 'VERIFIED', score: null });
  });
});
