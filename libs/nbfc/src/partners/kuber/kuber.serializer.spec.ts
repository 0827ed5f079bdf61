import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerStatus } from '../../contract/canonical.js';
import { PartnerErrorCode } from '../../contract/partner-error.js';
import { kuberApplicant, kuberAsk } from './kuber.fixtures.js';
import { KuberSerializer } from './kuber.serializer.js';

const APPLICANT_XML =
  '<Applicant><ApplicationId>app-1</ApplicationId><Name>Asha Rao &amp; Sons</Name><Dob>28-02-1990</Dob>' +
  '<Pan>ABCPR1234K</Pan><Mobile>09876543210</Mobile><Email>asha@example.in</Email><Employment>SALARIED</Employment>' +
  '<MonthlyIncomePaise>8500050</MonthlyIncomePaise><ExistingEmiPaise>0</ExistingEmiPaise>' +
  '<Address><Pincode>560001</Pincode><City>Bengaluru</City><State>Karnataka</State></Address><BureauScore>742</BureauScore></Applicant>';
const LOAN_XML = '<Loan><AmountPaise>20000000</AmountPaise><TenureMonths>24</TenureMonths><Purpose>HOME_RENOVATION</Purpose></Loan>';
const DECL = '<?xml version="1.0" encoding="UTF-8"?>';

describe('KuberSerializer', () => {
  const sut = new KuberSerializer();

  describe('outbound XML', () => {
    it('writes a quote request in paise and DD-MM-YYYY', () => {
      assert.equal(
        sut.quoteRequest(kuberApplicant, kuberAsk, 'req-1'),
        `${DECL}<QuoteRequest><RequestId>req-1</RequestId>${APPLICANT_XML}${LOAN_XML}</QuoteRequest>`,
      );
    });

    it('writes an application with and without a quote id', () => {
      assert.equal(
        sut.applicationRequest(kuberApplicant, kuberAsk, 'KQ-1', 'req-2'),
        `${DECL}<ApplicationRequest><RequestId>req-2</RequestId><QuoteId>KQ-1</QuoteId>${APPLICANT_XML}${LOAN_XML}</ApplicationRequest>`,
      );
      assert.equal(
        sut.applicationRequest({ ...kuberApplicant, bureauScore: undefined }, kuberAsk, undefined, 'req-2'),
        `${DECL}<ApplicationRequest><RequestId>req-2</RequestId>${APPLICANT_XML.replace('<BureauScore>742</BureauScore>', '')}${LOAN_XML}</ApplicationRequest>`,
      );
    });

    it('writes accept and disbursal requests', () => {
      assert.equal(
        sut.acceptRequest('KQ-1', 'req-3'),
        `${DECL}<AcceptRequest><RequestId>req-3</RequestId><QuoteId>KQ-1</QuoteId></AcceptRequest>`,
      );
      const disbursal = sut.disbursalRequest(
        {
          applicationId: 'app-1',
          partnerReference: 'KL-1',
          amount: '196000.10',
          beneficiary: { accountNumber: '001234567890', ifsc: 'HDFC0000123', name: 'Asha Rao' },
        },
        'req-4',
      );
      assert.equal(
        disbursal,
        `${DECL}<DisbursalRequest><RequestId>req-4</RequestId><ApplicationId>app-1</ApplicationId>` +
          '<AmountPaise>19600010</AmountPaise><Beneficiary><AccountNo>001234567890</AccountNo><Ifsc>HDFC0000123</Ifsc>' +
          '<Name>Asha Rao</Name></Beneficiary></DisbursalRequest>',
      );
    });

    it('refuses a canonical date or amount it cannot convert', () => {
      assert.throws(() => sut.quoteRequest({ ...kuberApplicant, dob: '28/02/1990' }, kuberAsk, 'r'), { code: PartnerErrorCode.Rejected });
      assert.throws(() => sut.quoteRequest(kuberApplicant, { ...kuberAsk, amount: '1.005' }, 'r'), { code: PartnerErrorCode.Rejected });
    });
  });

  describe('responses', () => {
    it('reads an approved quote', () => {
      const xml =
        `${DECL}<QuoteResponse><QuoteId>KQ-1</QuoteId><Decision>APPROVED</Decision><AmountPaise>20000000</AmountPaise>` +
        '<TenureMonths>24</TenureMonths><RatePercent>15.50</RatePercent><FeePaise>400050</FeePaise><ValidTill>05-03-2026</ValidTill></QuoteResponse>';
      assert.deepEqual(sut.parseQuote(xml), {
        partnerQuoteId: 'KQ-1',
        decision: 'APPROVED',
        amount: '200000.00',
        tenureMonths: 24,
        annualRatePercent: '15.50',
        processingFee: '4000.50',
        validUntil: '2026-03-05',
      });
    });

    it('reads a declined quote with one or many reasons', () => {
      const one =
        '<QuoteResponse><QuoteId>KQ-2</QuoteId><Decision>DECLINED</Decision><Reasons><Reason>SCORE_BELOW_700</Reason></Reasons></QuoteResponse>';
      assert.deepEqual(sut.parseQuote(one), { partnerQuoteId: 'KQ-2', decision: 'DECLINED', declineReasons: ['SCORE_BELOW_700'] });
      const two =
        '<QuoteResponse><QuoteId>KQ-2</QuoteId><Decision>DECLINED</Decision><Reasons><Reason>A</Reason><Reason>B</Reason></Reasons></QuoteResponse>';
      assert.deepEqual(sut.parseQuote(two).declineReasons, ['A', 'B']);
    });

    it('rejects non-integer paise, bad dates, unknown decisions and missing fields', () => {
      const quote = (amount: string, till = '05-03-2026', decision = 'APPROVED') =>
        `<QuoteResponse><QuoteId>KQ-1</QuoteId><Decision>${decision}</Decision>` +
        `<AmountPaise>${amount}</AmountPaise><TenureMonths>24</TenureMonths><RatePercent>15.50</RatePercent><FeePaise>100</FeePaise><ValidTill>${till}</ValidTill></QuoteResponse>`;
      assert.throws(() => sut.parseQuote(quote('20000000.5')), { code: PartnerErrorCode.BadResponse });
      assert.throws(() => sut.parseQuote(quote('2000', '2026-03-05')), { code: PartnerErrorCode.BadResponse });
      assert.throws(() => sut.parseQuote(quote('2000', '05-03-2026', 'MAYBE')), { code: PartnerErrorCode.UnknownStatus });
      assert.throws(() => sut.parseQuote('<QuoteResponse><Decision>APPROVED</Decision></QuoteResponse>'), {
        code: PartnerErrorCode.BadResponse,
      });
      assert.throws(() => sut.parseQuote('not xml at all'), { code: PartnerErrorCode.BadResponse });
    });

    it('maps every application and disbursal status word', () => {
      const app = (status: string) =>
        sut.parseApplication(`<ApplicationResponse><LoanRef>KL-1</LoanRef><Status>${status}</Status></ApplicationResponse>`);
      assert.deepEqual(app('RCVD'), { partnerReference: 'KL-1', status: PartnerStatus.Received });
      assert.equal(app('UWIP').status, PartnerStatus.UnderReview);
      assert.equal(app('SANC').status, PartnerStatus.Approved);
      assert.equal(app('RJCT').status, PartnerStatus.Rejected);
      const disbursal = (status: string, extra = '') =>
        sut.parseDisbursal(
          `<DisbursalResponse><LoanRef>KL-1</LoanRef><DisbursalRef>KD-1</DisbursalRef><Status>${status}</Status>${extra}</DisbursalResponse>`,
        );
      assert.deepEqual(disbursal('DISB_INIT'), {
        partnerReference: 'KL-1',
        disbursalReference: 'KD-1',
        status: PartnerStatus.DisbursalInitiated,
      });
      assert.deepEqual(disbursal('DISB_DONE', '<Utr>UTR0001</Utr>'), {
        partnerReference: 'KL-1',
        disbursalReference: 'KD-1',
        status: PartnerStatus.Disbursed,
        utr: 'UTR0001',
      });
      assert.equal(disbursal('DISB_FAIL').status, PartnerStatus.DisbursalFailed);
    });

    it('never guesses an unknown status word', () => {
      assert.throws(
        () => sut.parseApplication('<ApplicationResponse><LoanRef>KL-1</LoanRef><Status>SANCTIONED</Status></ApplicationResponse>'),
        (error: { code: string; retryable: boolean }) => error.code === PartnerErrorCode.UnknownStatus && !error.retryable,
      );
      assert.throws(
        () => sut.parseApplication('<ApplicationResponse><LoanRef>KL-1</LoanRef><Status>constructor</Status></ApplicationResponse>'),
        { code: PartnerErrorCode.UnknownStatus },
      );
    });

    it('reads error bodies and nothing else as errors', () => {
      assert.deepEqual(sut.parseError(`${DECL}<Error><Code>INVALID_REQUEST</Code><Message>Tenure &gt; 60</Message></Error>`), {
        code: 'INVALID_REQUEST',
        message: 'Tenure > 60',
      });
      assert.equal(sut.parseError('<ApplicationResponse><LoanRef>KL-1</LoanRef></ApplicationResponse>'), undefined);
      assert.equal(sut.parseError('<html>Bad gateway</html>'), undefined);
    });
  });
});
