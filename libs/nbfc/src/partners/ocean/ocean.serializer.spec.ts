import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus } from '../../contract/canonical.js';
import { PartnerErrorCode } from '../../contract/partner-error.js';
import { oceanApplicant, oceanAsk } from './ocean.fixtures.js';
import { OceanSerializer } from './ocean.serializer.js';

const BORROWER = {
  referenceId: 'app-7',
  name: 'Vikram Nair',
  dateOfBirth: '1987-11-03',
  pan: 'AAAPN4321Q',
  mobile: '9123456780',
  email: 'vikram@example.in',
  employmentType: 'SELF_EMPLOYED',
  monthlyIncome: '120000',
  existingEmi: '15000.50',
  address: { pincode: '682001', city: 'Kochi', state: 'Kerala' },
};

describe('OceanSerializer', () => {
  const sut = new OceanSerializer(() => new Date('2026-01-15T10:00:00.000Z'));

  describe('outbound JSON', () => {
    it('writes a quote request with requestId and timestamp', () => {
      assert.equal(
        JSON.stringify(sut.quoteRequest(oceanApplicant, oceanAsk, 'req-1')),
        JSON.stringify({
          requestId: 'req-1',
          timestamp: '2026-01-15T10:00:00.000Z',
          borrower: BORROWER,
          loanRequest: { amount: '300000.00', tenureMonths: 36, purpose: 'BUSINESS' },
        }),
      );
      assert.deepEqual(sut.quoteRequest({ ...oceanApplicant, bureauScore: 710 }, oceanAsk, 'req-1').borrower, {
        ...BORROWER,
        bureauScore: 710,
      });
    });

    it('writes application, accept and disbursement requests', () => {
      assert.deepEqual(sut.applicationRequest(oceanApplicant, oceanAsk, 'OQ-1', 'req-2'), {
        requestId: 'req-2',
        timestamp: '2026-01-15T10:00:00.000Z',
        quoteId: 'OQ-1',
        borrower: BORROWER,
        loanRequest: { amount: '300000.00', tenureMonths: 36, purpose: 'BUSINESS' },
      });
      assert.equal('quoteId' in sut.applicationRequest(oceanApplicant, oceanAsk, undefined, 'req-2'), false);
      assert.deepEqual(sut.acceptRequest('OQ-1', 'req-3'), { requestId: 'req-3', timestamp: '2026-01-15T10:00:00.000Z', quoteId: 'OQ-1' });
      assert.deepEqual(
        sut.disbursementRequest(
          {
            applicationId: 'app-7',
            partnerReference: 'OL-1',
            amount: '294000.00',
            beneficiary: { accountNumber: '1234', ifsc: 'SBIN0000001', name: 'V Nair' },
          },
          'req-4',
        ),
        {
          requestId: 'req-4',
          timestamp: '2026-01-15T10:00:00.000Z',
          referenceId: 'app-7',
          amount: '294000.00',
          beneficiary: { accountNumber: '1234', ifsc: 'SBIN0000001', name: 'V Nair' },
        },
      );
    });
  });

  describe('responses', () => {
    const offer = { amount: '300000.00', tenureMonths: 36, interestRate: '16.00', processingFee: '3000.00', validUntil: '2026-01-22' };

    it('reads approved and rejected quotes', () => {
      assert.deepEqual(sut.parseQuote({ requestId: 'req-1', quoteId: 'OQ-1', status: 'OFFER_APPROVED', offer }), {
        partnerQuoteId: 'OQ-1',
        decision: 'APPROVED',
        amount: '300000.00',
        tenureMonths: 36,
        annualRatePercent: '16.00',
        processingFee: '3000.00',
        validUntil: '2026-01-22',
      });
      assert.deepEqual(sut.parseQuote({ quoteId: 'OQ-2', status: 'OFFER_REJECTED', rejectionReasons: ['FOIR_ABOVE_55'] }), {
        partnerQuoteId: 'OQ-2',
        decision: 'DECLINED',
        declineReasons: ['FOIR_ABOVE_55'],
      });
    });

    it('rejects malformed quotes and unknown quote statuses', () => {
      assert.throws(() => sut.parseQuote({ quoteId: 'OQ-1', status: 'OFFER_APPROVED', offer: { ...offer, amount: 300000 } }), {
        code: PartnerErrorCode.BadResponse,
      });
      assert.throws(() => sut.parseQuote({ quoteId: 'OQ-1', status: 'OFFER_APPROVED', offer: { ...offer, amount: '1.005' } }), {
        code: PartnerErrorCode.BadResponse,
      });
      assert.throws(() => sut.parseQuote({ quoteId: 'OQ-1', status: 'OFFER_APPROVED', offer: { ...offer, validUntil: '22-01-2026' } }), {
        code: PartnerErrorCode.BadResponse,
      });
      assert.throws(() => sut.parseQuote({ quoteId: 'OQ-1', status: 'OFFER_APPROVED' }), { code: PartnerErrorCode.BadResponse });
      assert.throws(() => sut.parseQuote({ quoteId: 'OQ-1', status: 'OFFER_PENDING' }), { code: PartnerErrorCode.UnknownStatus });
    });

    it('maps every status word and refuses unknown ones', () => {
      const words: [string, PartnerStatus][] = [
        ['LOAN_APPLICATION_RECEIVED', PartnerStatus.Received],
        ['UNDERWRITING', PartnerStatus.UnderReview],
        ['OFFER_APPROVED', PartnerStatus.Approved],
        ['OFFER_REJECTED', PartnerStatus.Rejected],
        ['DISBURSEMENT_INITIATED', PartnerStatus.DisbursalInitiated],
        ['DISBURSED', PartnerStatus.Disbursed],
        ['DISBURSEMENT_FAILED', PartnerStatus.DisbursalFailed],
      ];
      for (const [word, status] of words)
        assert.deepEqual(sut.parseApplication({ loanApplicationId: 'OL-1', status: word }), { partnerReference: 'OL-1', status });
      for (const word of ['APPROVED', 'toString', 42, undefined]) {
        assert.throws(() => sut.parseApplication({ loanApplicationId: 'OL-1', status: word }), { code: PartnerErrorCode.UnknownStatus });
      }
    });

    it('reads disbursements', () => {
      assert.deepEqual(sut.parseDisbursement({ loanApplicationId: 'OL-1', disbursementId: 'OD-1', status: 'DISBURSED', utr: 'UTR9' }), {
        partnerReference: 'OL-1',
        disbursalReference: 'OD-1',
        status: PartnerStatus.Disbursed,
        utr: 'UTR9',
      });
    });

    it('reads error bodies', () => {
      assert.deepEqual(sut.parseError({ error: { code: 'INVALID_REQUEST', message: 'bad pan' } }), {
        code: 'INVALID_REQUEST',
        message: 'bad pan',
      });
      assert.equal(sut.parseError({ status: 'OK' }), undefined);
      assert.throws(() => sut.json('<html/>'), { code: PartnerErrorCode.BadResponse });
      assert.throws(() => sut.json('[1]'), { code: PartnerErrorCode.BadResponse });
    });

    it('turns a callback into an event, by callbackId or by a hash of the body', () => {
      const body = {
        callbackId: 'cb-1',
        loanApplicationId: 'OL-1',
        status: 'DISBURSED',
        timestamp: '2026-01-15T10:00:00.000Z',
        disbursementId: 'OD-1',
        utr: 'UTR9',
      };
      assert.deepEqual(sut.parseCallback(Buffer.from(JSON.stringify(body))), {
        eventId: 'cb-1',
        partnerReference: 'OL-1',
        status: PartnerStatus.Disbursed,
        occurredAt: '2026-01-15T10:00:00.000Z',
        details: { disbursementId: 'OD-1', utr: 'UTR9' },
      });
      const anonymous = Buffer.from(JSON.stringify({ ...body, callbackId: undefined }));
      assert.match(sut.parseCallback(anonymous).eventId, /^[0-9a-f]{64}$/);
      assert.throws(() => sut.parseCallback(Buffer.from(JSON.stringify({ ...body, status: 'PAID' }))), {
        code: PartnerErrorCode.UnknownStatus,
      });
    });
  });
});
