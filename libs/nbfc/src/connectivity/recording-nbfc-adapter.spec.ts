import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CanonicalApplicant, PartnerQuote } from '../contract/canonical.js';
import type { NbfcAdapter } from '../contract/nbfc-adapter.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';
import { RecordingNbfcAdapter, type PartnerCallRecord } from './recording-nbfc-adapter.js';

const FIXTURE_APPLICANT: CanonicalApplicant = {
  applicationId: 'APP-0001',
  fullName: 'Priya Raman',
  dob: '1990-06-15',
  pan: 'ABCPR1234K',
  mobile: '9876543210',
  email: 'priya@example.in',
  employmentType: 'SALARIED',
  monthlyIncome: '85000.00',
  existingEmiMonthly: '5000.00',
  pincode: '560001',
  city: 'Bengaluru',
  state: 'Karnataka',
  bureauScore: 760,
};
const FIXTURE_ASK = { amount: '300000.00', tenureMonths: 24, purpose: 'home renovation' };
const context = { requestId: 'req-1', correlationId: 'corr-1' };
const quote: PartnerQuote = {
  partnerQuoteId: 'Q1',
  decision: 'APPROVED',
  amount: '300000.00',
  tenureMonths: 24,
  annualRatePercent: '14.5',
};

function adapter(answer: () => Promise<PartnerQuote>): NbfcAdapter {
  return {
    code: 'AURUM_PRIME',
    capabilities: { liveQuotes: true, webhooks: true, pollingOnly: false },
    quote: answer,
  } as unknown as NbfcAdapter;
}

function setup(answer: () => Promise<PartnerQuote>, failSink = false) {
  const records: PartnerCallRecord[] = [];
  let clock = 1_000;
  const sink = {
    record: async (call: PartnerCallRecord) => {
      if (failSink) throw new Error('mongo down');
      records.push(call);
    },
  };
  const sut = new RecordingNbfcAdapter(
    adapter(async () => {
      clock += 1_700;
      return answer();
    }),
    sink,
    { quote: 1_500 },
    () => clock,
  );
  return { sut, records };
}

describe('RecordingNbfcAdapter', () => {
  it('records a call with its timing, SLA and redacted payloads, and passes the answer through', async () => {
    const { sut, records } = setup(async () => quote);
    assert.deepEqual(await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, context), quote);
    assert.equal(sut.code, 'AURUM_PRIME');
    const [call] = records;
    assert.deepEqual(
      [
        call!.partner,
        call!.operation,
        call!.correlationId,
        call!.requestId,
        call!.applicationId,
        call!.latencyMs,
        call!.outcome,
        call!.slaMs,
      ],
      ['AURUM_PRIME', 'quote', 'corr-1', 'req-1', 'APP-0001', 1_700, 'SUCCESS', 1_500],
    );
    const applicant = (call!.request as { applicant: Record<string, unknown> }).applicant;
    assert.equal(applicant.pan, 'XXXXXX234K');
    assert.deepEqual(call!.response, quote);
  });

  it('records a failure with its partner error code and rethrows it', async () => {
    const { sut, records } = setup(async () => {
      throw new PartnerError(PartnerErrorCode.Unavailable, 'down', 'AURUM_PRIME');
    });
    await assert.rejects(sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, context), /down/);
    assert.deepEqual([records[0]!.outcome, records[0]!.errorCode, records[0]!.response], ['ERROR', 'PARTNER_UNAVAILABLE', null]);
  });

  it('still answers when the trail cannot be written', async () => {
    const { sut } = setup(async () => quote, true);
    assert.deepEqual(await sut.quote(FIXTURE_APPLICANT, FIXTURE_ASK, context), quote);
  });
});
