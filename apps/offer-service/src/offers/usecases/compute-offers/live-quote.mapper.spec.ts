import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerError, PartnerErrorCode } from '@los/nbfc';
import { PARTNER_SEEDS } from '../../../database/seeds/partner-seeds.js';
import { Decimal } from '../../../emi/index.js';
import { evaluationOfFailure, evaluationOfQuote } from './live-quote.mapper.js';

const rules = structuredClone(PARTNER_SEEDS.find((seed) => seed.code === 'AURUM_PRIME')!.rules);
const ask = { amount: new Decimal('250000'), tenureMonths: 36 };

describe('evaluationOfQuote', () => {
  it('takes amount, tenure, rate and fee from the partner and prices EMI and APR with our engine', () => {
    const sut = evaluationOfQuote(
      {
        partnerQuoteId: 'q1',
        decision: 'APPROVED',
        amount: '200000.00',
        tenureMonths: 24,
        annualRatePercent: '14.5',
        processingFee: '4000.00',
      },
      rules,
      ask,
    );
    assert.ok(sut.eligible);
    assert.deepEqual(
      [sut.loan.amount.toFixed(2), sut.loan.tenureMonths, sut.loan.annualRatePercent, sut.loan.processingFee.toFixed(2)],
      ['200000.00', 24, 14.5, '4000.00'],
    );
    assert.equal(sut.quote.emi.toFixed(2), '9649.89');
    assert.ok(sut.quote.apr.gt(14.5));
  });

  it('falls back to the ask and our fee rules when the partner leaves them out', () => {
    const sut = evaluationOfQuote({ partnerQuoteId: 'q2', decision: 'APPROVED', annualRatePercent: '15' }, rules, ask);
    assert.ok(sut.eligible);
    assert.deepEqual([sut.loan.amount.toFixed(2), sut.loan.tenureMonths, sut.loan.gstPercent], ['250000.00', 36, rules.gstPercent]);
  });

  it('maps partner decline codes to ours, else PARTNER_DECLINED; a quote without a rate is PARTNER_UNAVAILABLE', () => {
    const declined = (declineReasons?: string[]) =>
      evaluationOfQuote({ partnerQuoteId: 'q', decision: 'DECLINED', declineReasons }, rules, ask);
    assert.deepEqual(declined(['INCOME_BELOW_MINIMUM', 'CREDIT_SCORE_BELOW_MINIMUM']), {
      eligible: false,
      reasons: ['INCOME_BELOW_MIN', 'SCORE_BELOW_MIN'],
    });
    assert.deepEqual(declined(['LOW_BUREAU_SCORE', 'ODD_CODE', 'ODDER']), {
      eligible: false,
      reasons: ['SCORE_BELOW_MIN', 'PARTNER_DECLINED'],
    });
    assert.deepEqual(declined(), { eligible: false, reasons: ['PARTNER_DECLINED'] });
    assert.deepEqual(evaluationOfQuote({ partnerQuoteId: 'q', decision: 'APPROVED' }, rules, ask), {
      eligible: false,
      reasons: ['PARTNER_UNAVAILABLE'],
    });
  });
});

describe('evaluationOfFailure', () => {
  it('tells a timeout apart from every other failure', () => {
    assert.deepEqual(evaluationOfFailure(new PartnerError(PartnerErrorCode.Timeout, 't', 'X')), {
      eligible: false,
      reasons: ['PARTNER_TIMEOUT'],
    });
    for (const error of [
      new PartnerError(PartnerErrorCode.CircuitOpen, 'o', 'X'),
      new PartnerError(PartnerErrorCode.Unavailable, 'u', 'X'),
      new Error('boom'),
    ]) {
      assert.deepEqual(evaluationOfFailure(error), { eligible: false, reasons: ['PARTNER_UNAVAILABLE'] });
    }
  });
});
