import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { AppException, RpcClient, type FeatureConfig } from '@los/common';
import {
  MessagePattern,
  paiseOf,
  type AcceptOfferReply,
  type ApplicantProfile,
  type ComputeOffersReply,
  type KeyFactStatement,
  type LoanAsk,
  type PartnerOfferResult,
} from '@los/contracts';
import { TestSuite } from '../support/test-suite.js';

/** Sandbox PANs that score exactly their digits (apps/sandbox/src/bureau/bureau-magic-pans.constants.ts). */
const PAN_750 = 'ZZZPZ0750Z';
const PAN_700 = 'ZZZPZ0700Z';
const PAN_550 = 'ZZZPZ0550Z';
const PAN_BUREAU_DOWN = 'ZZZPZ9503Z';

const thirtyFiveYearsAgo = `${new Date().getUTCFullYear() - 35}-01-10`;
const TYPICAL: ApplicantProfile = {
  dob: thirtyFiveYearsAgo,
  monthlyIncome: '85000.00',
  existingEmiMonthly: '12000.00',
  employmentType: 'SALARIED',
  pincode: '560034',
  state: 'Karnataka',
  pan: PAN_750,
};
const ASK: LoanAsk = { amount: '250000.00', tenureMonths: 36 };

describe('offer service over the Redis transport, with the bureau simulator', () => {
  let suite: TestSuite;
  let rpc: RpcClient;
  let db: Connection;

  before(async () => {
    suite = await TestSuite.start('offers', [{ service: 'sandbox' }, { service: 'offer-service' }]);
    rpc = new RpcClient({ REDIS_URL: suite.redis.url, RPC_TIMEOUT_MS: 15_000 } as FeatureConfig<'durable' | 'redis'>);
    db = await suite.mysql('offer-service');
  });
  after(async () => {
    await rpc?.onApplicationShutdown();
    await db?.end();
    await suite?.stop();
  });

  const send = <R>(pattern: MessagePattern, payload: object) => rpc.send<R>(pattern, { correlationId: `e2e-${randomUUID()}`, payload });
  const compute = (applicant: Partial<ApplicantProfile> = {}, loan: Partial<LoanAsk> = {}, applicationId: string = randomUUID()) =>
    send<ComputeOffersReply>(MessagePattern.OfferCompute, {
      applicationId,
      applicant: { ...TYPICAL, ...applicant },
      loan: { ...ASK, ...loan },
    });
  const accept = (applicationId: string, offerId: string) => send<AcceptOfferReply>(MessagePattern.OfferAccept, { applicationId, offerId });
  const rows = async (sql: string, params: unknown[] = []) => (await db.query<RowDataPacket[]>(sql, params))[0];
  const refusedWith = (code: string, statusCode: number) => (error: unknown) => {
    assert.ok(error instanceof AppException, String(error));
    assert.deepEqual([error.code, error.statusCode], [code, statusCode], error.message);
    return true;
  };
  const eligibleOf = (reply: ComputeOffersReply) => reply.results.filter((result) => result.eligible);
  const resultOf = (reply: ComputeOffersReply, code: string) => reply.results.find((result) => result.partnerCode === code)!;

  describe('partners', () => {
    it('lists the four seeded partners, active at version 1', async () => {
      const partners = await send<{ code: string; status: string; currentVersion: number; name: string }[]>(MessagePattern.PartnerList, {});
      assert.deepEqual(
        partners.map((p) => [p.code, p.status, p.currentVersion]),
        [
          ['AURUM_PRIME', 'ACTIVE', 1],
          ['SETU_MICROLOANS', 'ACTIVE', 1],
          ['UDYAM_FINSERV', 'ACTIVE', 1],
          ['VISTAAR_CREDIT', 'ACTIVE', 1],
        ],
      );
      assert.ok(partners.every((p) => p.name.length > 0));
    });

    it('shows the current rules with their history, and 404 for an unknown partner', async () => {
      const rules = await send<any>(MessagePattern.PartnerRules, { partnerCode: 'AURUM_PRIME' });
      assert.equal(rules.current.version, 1);
      assert.equal(rules.current.createdBy, 'system:seed');
      assert.equal(rules.current.rules.minBureauScore, 720);
      assert.equal(rules.history.length, 1);
      await assert.rejects(send(MessagePattern.PartnerRules, { partnerCode: 'NO_SUCH_LENDER' }), refusedWith('NOT_FOUND', 404));
    });
  });

  describe('computing offers', () => {
    let typical: ComputeOffersReply;
    let typicalId: string;

    it('gives the typical salaried applicant an offer from each partner, cheapest APR first', async () => {
      typicalId = randomUUID();
      typical = await compute({}, {}, typicalId);
      assert.equal(typical.applicationId, typicalId);
      assert.deepEqual(
        typical.results.map((r) => [r.partnerCode, r.eligible]),
        [
          ['AURUM_PRIME', true],
          ['VISTAAR_CREDIT', true],
          ['UDYAM_FINSERV', true],
          ['SETU_MICROLOANS', true],
        ],
      );
      const aprs = typical.results.map((r) => r.offer!.apr);
      assert.deepEqual(
        aprs,
        [...aprs].sort((a, b) => a - b),
      );
      const setu = resultOf(typical, 'SETU_MICROLOANS').offer!;
      assert.equal(setu.tenureMonths, 24, 'SETU offers its longest tenure below the 36 months asked');
      const aurum = resultOf(typical, 'AURUM_PRIME').offer!;
      assert.deepEqual(
        [aurum.amount, aurum.annualRatePercent, aurum.emi, aurum.processingFee, aurum.gstOnFees, aurum.ruleVersion],
        ['250000.00', 12.5, '8363.41', '2999.00', '539.82', 1],
      );
      assert.deepEqual([aurum.currency, aurum.netDisbursed], ['INR', '246461.18']);
      assert.ok(Date.parse(aurum.validUntil) > Date.now() + 6 * 86_400_000, 'valid for 7 days');
    });

    it('answers a second computation with the same stored set: same offer ids, same terms', async () => {
      assert.deepEqual(await compute({}, {}, typicalId), typical);
      const [sets] = await Promise.all([rows('SELECT COUNT(*) AS n FROM offer_sets WHERE application_id = ?', [typicalId])]);
      assert.equal(Number(sets[0].n), 1);
      const stored = await rows(
        'SELECT partner_code, rule_version, amount, status FROM offers WHERE application_id = ? ORDER BY partner_code',
        [typicalId],
      );
      assert.deepEqual(
        stored.map((o) => [o.partner_code, o.rule_version, o.amount, o.status]),
        [
          ['AURUM_PRIME', 1, '250000.00', 'OFFERED'],
          ['SETU_MICROLOANS', 1, '250000.00', 'OFFERED'],
          ['UDYAM_FINSERV', 1, '250000.00', 'OFFERED'],
          ['VISTAAR_CREDIT', 1, '250000.00', 'OFFERED'],
        ],
      );
    });

    it('stores one set when several replicas ask at once', async () => {
      const applicationId = randomUUID();
      const replies = await Promise.all(Array.from({ length: 6 }, () => compute({}, {}, applicationId)));
      for (const reply of replies) assert.deepEqual(reply, replies[0]);
      const sets = await rows('SELECT COUNT(*) AS n FROM offer_sets WHERE application_id = ?', [applicationId]);
      assert.equal(Number(sets[0].n), 1);
    });

    const declinedEverywhere = async (applicant: Partial<ApplicantProfile>, reason: string) => {
      const reply = await compute(applicant);
      assert.equal(reply.results.length, 4);
      for (const result of reply.results) {
        assert.equal(result.eligible, false, result.partnerCode);
        assert.equal(result.offer, undefined);
        assert.ok(result.reasons.includes(reason), `${result.partnerCode}: ${result.reasons}`);
      }
      assert.deepEqual(
        reply.results.map((r) => r.partnerCode),
        ['AURUM_PRIME', 'SETU_MICROLOANS', 'UDYAM_FINSERV', 'VISTAAR_CREDIT'],
      );
      return reply;
    };

    it('declines an income of ₹15,000 everywhere', async () => {
      await declinedEverywhere({ monthlyIncome: '15000.00', existingEmiMonthly: '0.00' }, 'INCOME_BELOW_MIN');
    });

    it('declines a bureau score of 550 everywhere, for that reason alone', async () => {
      const reply = await declinedEverywhere({ pan: PAN_550 }, 'SCORE_BELOW_MIN');
      for (const result of reply.results) assert.deepEqual(result.reasons, ['SCORE_BELOW_MIN']);
    });

    it('declines pincode 799001 in Tripura everywhere', async () => {
      await declinedEverywhere({ pincode: '799001', state: 'Tripura' }, 'PINCODE_NOT_SERVICEABLE');
    });

    it('lists offers first and declines after them for a self-employed applicant in Jaipur', async () => {
      const reply = await compute(
        {
          employmentType: 'SELF_EMPLOYED',
          monthlyIncome: '40000.00',
          existingEmiMonthly: '5000.00',
          pincode: '302001',
          state: 'Rajasthan',
          pan: PAN_700,
        },
        { amount: '300000.00', tenureMonths: 24 },
      );
      assert.deepEqual(
        reply.results.map((r) => [r.partnerCode, r.eligible]),
        [
          ['VISTAAR_CREDIT', true],
          ['UDYAM_FINSERV', true],
          ['SETU_MICROLOANS', true],
          ['AURUM_PRIME', false],
        ],
      );
      assert.deepEqual(resultOf(reply, 'AURUM_PRIME').reasons, [
        'INCOME_BELOW_MIN',
        'PINCODE_NOT_SERVICEABLE',
        'SCORE_BELOW_MIN',
        'EMPLOYMENT_NOT_SERVED',
      ]);
      const setu = resultOf(reply, 'SETU_MICROLOANS').offer!;
      assert.ok(
        paiseOf(setu.amount) <= 300000_00 && paiseOf(setu.emi) <= (40000 * 0.5 - 5000) * 100,
        `FOIR caps SETU at ${setu.amount}, EMI ${setu.emi}`,
      );
    });

    it('answers UPSTREAM_UNAVAILABLE when the bureau fails, storing nothing', async () => {
      const applicationId = randomUUID();
      await assert.rejects(compute({ pan: PAN_BUREAU_DOWN }, {}, applicationId), refusedWith('UPSTREAM_UNAVAILABLE', 503));
      const sets = await rows('SELECT COUNT(*) AS n FROM offer_sets WHERE application_id = ?', [applicationId]);
      assert.equal(Number(sets[0].n), 0);
    });

    it('refuses a malformed request with VALIDATION_FAILED', async () => {
      await assert.rejects(compute({ pan: 'not-a-pan' }), refusedWith('VALIDATION_FAILED', 400));
      await assert.rejects(compute({ dob: '1990-02-30' }), refusedWith('VALIDATION_FAILED', 400));
      await assert.rejects(compute({}, { tenureMonths: 0 }), refusedWith('VALIDATION_FAILED', 400));
    });
  });

  describe('accepting an offer', () => {
    let applicationId: string;
    let offers: PartnerOfferResult[];
    let kfs: KeyFactStatement;

    before(async () => {
      applicationId = randomUUID();
      offers = eligibleOf(await compute({}, {}, applicationId));
    });

    it('accepts an offer and returns its Key Fact Statement', async () => {
      const chosen = offers[1];
      const reply = await accept(applicationId, chosen.offer!.offerId);
      assert.equal(reply.alreadyAccepted, false);
      kfs = reply.kfs;
      assert.deepEqual([kfs.applicationId, kfs.offerId, kfs.lender.code], [applicationId, chosen.offer!.offerId, chosen.partnerCode]);
      assert.deepEqual(kfs.terms, chosen.offer);
      assert.equal(kfs.schedule.length, chosen.offer!.tenureMonths);
      assert.equal(kfs.schedule.at(-1)!.closing, '0.00');
      assert.equal(kfs.currency, 'INR');
      // Due dates: the first one month after the acceptance date in India, then monthly.
      const acceptedOn = new Date(Date.parse(kfs.acceptedAt) + 330 * 60_000).toISOString().slice(0, 10);
      const [year, month, day] = acceptedOn.split('-').map(Number) as [number, number, number];
      const expectedFirst = new Date(Date.UTC(year, month, Math.min(day, new Date(Date.UTC(year, month + 1, 0)).getUTCDate())));
      assert.equal(kfs.schedule[0]!.dueDate, expectedFirst.toISOString().slice(0, 10));
      assert.ok(kfs.schedule.every((row, i) => i === 0 || row.dueDate! > kfs.schedule[i - 1]!.dueDate!));
      assert.equal(kfs.coolingOffDays, 3);
      assert.equal(kfs.lender.grievance.officer, 'Rahul Deshpande');
      assert.ok(paiseOf(kfs.totalPayable) > paiseOf(chosen.offer!.amount));
      const paid = kfs.schedule.reduce((sum, row) => sum + paiseOf(row.emi), 0);
      assert.equal(paid, paiseOf(kfs.totalPayable), 'the rows sum exactly to the total');
      assert.match(kfs.html, /^<!DOCTYPE html>/);
      assert.ok(kfs.html.includes('Vistaar Credit Pvt Ltd'));
      const stored = await rows('SELECT status, accepted_at FROM offers WHERE id = ?', [chosen.offer!.offerId]);
      assert.equal(stored[0].status, 'ACCEPTED');
      const audit = await rows("SELECT actor, details FROM audit_events WHERE action = 'OFFER_ACCEPTED' AND entity_id = ?", [
        chosen.offer!.offerId,
      ]);
      assert.equal(audit.length, 1);
    });

    it('answers a repeated accept of the same offer with the stored statement', async () => {
      const again = await accept(applicationId, kfs.offerId);
      assert.deepEqual(again, { alreadyAccepted: true, kfs });
    });

    it('refuses another offer of the application with 409 OFFER_ALREADY_ACCEPTED', async () => {
      await assert.rejects(accept(applicationId, offers[0].offer!.offerId), refusedWith('OFFER_ALREADY_ACCEPTED', 409));
    });

    it('returns the stored KFS, and the accepted set on a later computation', async () => {
      assert.deepEqual(await send<KeyFactStatement>(MessagePattern.OfferKfs, { applicationId }), kfs);
      const recomputed = await compute({}, {}, applicationId);
      assert.deepEqual(
        eligibleOf(recomputed).map((r) => r.offer!.offerId),
        offers.map((r) => r.offer!.offerId),
      );
    });

    it('answers 404 OFFER_NOT_FOUND for an offer of another application or an unknown one, 409 KFS_NOT_AVAILABLE before acceptance', async () => {
      const other = eligibleOf(await compute())[0].offer!.offerId;
      await assert.rejects(accept(applicationId, other), refusedWith('OFFER_NOT_FOUND', 404));
      await assert.rejects(accept(applicationId, randomUUID()), refusedWith('OFFER_NOT_FOUND', 404));
      await assert.rejects(send(MessagePattern.OfferKfs, { applicationId: randomUUID() }), refusedWith('KFS_NOT_AVAILABLE', 409));
    });

    it('lets only one of two concurrent accepts of different offers win', async () => {
      const id = randomUUID();
      const [first, second] = eligibleOf(await compute({}, {}, id)).map((r) => r.offer!.offerId);
      const outcomes = await Promise.allSettled([accept(id, first), accept(id, second)]);
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      assert.equal(won.length, 1);
      assert.equal(lost.length, 1);
      refusedWith('OFFER_ALREADY_ACCEPTED', 409)(lost[0].reason);
      const accepted = await rows("SELECT COUNT(*) AS n FROM offers WHERE application_id = ? AND status = 'ACCEPTED'", [id]);
      assert.equal(Number(accepted[0].n), 1);
    });

    // Expiry is set in the database: waiting out even a one-day validity is not a test.
    it('refuses an expired offer with 409 OFFER_EXPIRED, and computes a fresh set afterwards', async () => {
      const id = randomUUID();
      const first = await compute({}, {}, id);
      await db.query('UPDATE offers SET valid_until = NOW(3) - INTERVAL 1 MINUTE WHERE application_id = ?', [id]);
      await db.query('UPDATE offer_sets SET valid_until = NOW(3) - INTERVAL 1 MINUTE WHERE application_id = ?', [id]);
      await assert.rejects(accept(id, first.results[0].offer!.offerId), refusedWith('OFFER_EXPIRED', 409));
      const fresh = await compute({}, {}, id);
      assert.notEqual(fresh.results[0].offer!.offerId, first.results[0].offer!.offerId);
      assert.equal((await accept(id, fresh.results[0].offer!.offerId)).alreadyAccepted, false);
    });
  });

  describe('publishing partner rules', () => {
    const currentRules = async (code: string) => (await send<any>(MessagePattern.PartnerRules, { partnerCode: code })).current.rules;
    const publish = (partnerCode: string, rules: unknown, reason = 'Quarterly repricing') =>
      send<any>(MessagePattern.PartnerRulesPublish, { partnerCode, rules, reason, actor: 'user:e2e-admin' });

    it('publishes a new version with history, a diff and an audit event; later offers carry it', async () => {
      const rules = await currentRules('VISTAAR_CREDIT');
      assert.deepEqual(rules.rateGrid[6], {
        employmentType: 'SALARIED',
        income: { min: 60000 },
        score: { min: 750, max: 799 },
        annualRatePercent: 14.25,
      });
      rules.rateGrid[6].annualRatePercent = 13.75;
      const published = await publish('VISTAAR_CREDIT', rules, 'Repo rate cut');
      assert.deepEqual(
        [published.code, published.version, published.createdBy, published.reason],
        ['VISTAAR_CREDIT', 2, 'user:e2e-admin', 'Repo rate cut'],
      );

      const view = await send<any>(MessagePattern.PartnerRules, { partnerCode: 'VISTAAR_CREDIT' });
      assert.deepEqual(
        view.history.map((v: { version: number }) => v.version),
        [2, 1],
      );
      assert.equal(view.current.rules.rateGrid[6].annualRatePercent, 13.75);
      const diff = await send<any>(MessagePattern.PartnerRulesDiff, { partnerCode: 'VISTAAR_CREDIT', from: 1, to: 2 });
      assert.deepEqual(diff, { from: 1, to: 2, changes: [{ path: 'rateGrid[6].annualRatePercent', before: 14.25, after: 13.75 }] });
      const audit = await rows(
        "SELECT actor, details FROM audit_events WHERE action = 'PARTNER_RULES_PUBLISHED' AND entity_id = 'VISTAAR_CREDIT' ORDER BY id",
      );
      assert.equal(audit.length, 2, 'the seed and this publish');
      const details = typeof audit[1].details === 'string' ? JSON.parse(audit[1].details) : audit[1].details;
      assert.deepEqual([audit[1].actor, details.version, details.reason], ['user:e2e-admin', 2, 'Repo rate cut']);

      const vistaar = resultOf(await compute(), 'VISTAAR_CREDIT').offer!;
      assert.deepEqual([vistaar.ruleVersion, vistaar.annualRatePercent], [2, 13.75]);
      const list = await send<{ code: string; currentVersion: number }[]>(MessagePattern.PartnerList, {});
      assert.equal(list.find((p) => p.code === 'VISTAAR_CREDIT')!.currentVersion, 2);
    });

    it('refuses a bad grid with INVALID_RULES naming the problem, and stores no version', async () => {
      const rules = await currentRules('AURUM_PRIME');
      rules.rateGrid[1].score.min = 740;
      await assert.rejects(publish('AURUM_PRIME', rules), (error: unknown) => {
        refusedWith('INVALID_RULES', 400)(error);
        assert.match((error as Error).message, /score bands 720-759 and 740-799 overlap/);
        return true;
      });
      const gap = await currentRules('AURUM_PRIME');
      gap.rateGrid.splice(2, 1);
      await assert.rejects(publish('AURUM_PRIME', gap), (error: unknown) => /no rate for scores 800-900/.test((error as Error).message));
      const view = await send<any>(MessagePattern.PartnerRules, { partnerCode: 'AURUM_PRIME' });
      assert.equal(view.history.length, 1);
      const audit = await rows("SELECT COUNT(*) AS n FROM audit_events WHERE entity_id = 'AURUM_PRIME'");
      assert.equal(Number(audit[0].n), 1);
      await assert.rejects(publish('NO_SUCH_LENDER', rules), refusedWith('INVALID_RULES', 400));
      await assert.rejects(publish('NO_SUCH_LENDER', await currentRules('AURUM_PRIME')), refusedWith('NOT_FOUND', 404));
    });

    it('gives concurrent publishes distinct versions', async () => {
      const rules = await currentRules('UDYAM_FINSERV');
      const published = await Promise.all([1, 2, 3].map((n) => publish('UDYAM_FINSERV', { ...rules, offerValidityDays: n })));
      assert.deepEqual(published.map((p) => p.version).sort(), [2, 3, 4]);
      const versions = await rows("SELECT version FROM partner_rule_versions WHERE partner_code = 'UDYAM_FINSERV' ORDER BY version");
      assert.deepEqual(
        versions.map((v) => v.version),
        [1, 2, 3, 4],
      );
    });

    it('leaves a paused partner out of new computations', async () => {
      await publish('SETU_MICROLOANS', { ...(await currentRules('SETU_MICROLOANS')), status: 'PAUSED' }, 'Capital allocation exhausted');
      const reply = await compute();
      assert.deepEqual(
        reply.results.map((r) => r.partnerCode),
        ['AURUM_PRIME', 'VISTAAR_CREDIT', 'UDYAM_FINSERV'],
      );
      const list = await send<{ code: string; status: string }[]>(MessagePattern.PartnerList, {});
      assert.equal(list.find((p) => p.code === 'SETU_MICROLOANS')!.status, 'PAUSED');
    });

    it('answers 404 for a diff with a missing version', async () => {
      await assert.rejects(
        send(MessagePattern.PartnerRulesDiff, { partnerCode: 'AURUM_PRIME', from: 1, to: 9 }),
        refusedWith('NOT_FOUND', 404),
      );
    });
  });

  describe('EMI preview', () => {
    it('quotes a loan, with or without its schedule, and names a bad field', async () => {
      const quote = JSON.parse(
        await send<string>(MessagePattern.EmiPreview, { principal: 250000, annualRatePercent: 12.5, tenureMonths: 36 }),
      );
      assert.deepEqual([quote.currency, quote.emi], ['INR', '8363.41']);
      assert.equal(quote.schedule.length, 36);
      const summary = JSON.parse(
        await send<string>(MessagePattern.EmiPreview, {
          principal: 250000,
          annualRatePercent: 12.5,
          tenureMonths: 36,
          includeSchedule: false,
        }),
      );
      assert.equal(summary.schedule, undefined);
      await assert.rejects(
        send(MessagePattern.EmiPreview, { principal: '250000.001', annualRatePercent: 12.5, tenureMonths: 36 }),
        refusedWith('INVALID_PRINCIPAL', 400),
      );
    });
  });

  it('never writes a PAN to the logs', () => {
    for (const service of ['offer-service', 'sandbox']) {
      const log = readFileSync(`.stack/test/logs/${service}.log`, 'utf8');
      for (const pan of [PAN_750, PAN_700, PAN_550, PAN_BUREAU_DOWN]) assert.ok(!log.includes(pan), `${service} log has a PAN`);
    }
  });
});
