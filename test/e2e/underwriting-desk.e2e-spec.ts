import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { applicantOf, person, registerIdentity, submitKyc, waitForStatus } from '../support/kyc-fixtures.js';
import { acceptOffer, eligibleOffer } from '../support/offer-journey.js';
import { enableConnections } from '../support/sandbox-lenders.js';
import { TestSuite } from '../support/test-suite.js';

const DESK = '/v1/underwriting-reviews';
const METRICS = '/v1/admin/metrics/time-to-approval';
/** The lender whose seeded table refers more than 6 enquiries in 6 months; its sandbox lender (KUBER) answers without webhooks. */
const PARTNER = 'UDYAM_FINSERV';
/** Approvals above this need a second underwriter here; the small loan stays below it, the large one above. */
const CHECKER_ABOVE = '200000.00';
const SMALL_LOAN = '150000.00';
const LARGE_LOAN = '250000.00';
const TWO_HOURS_S = 2 * 60 * 60;
const GATEWAY_ENV = { UNDERWRITING_CHECKER_ABOVE: CHECKER_ABOVE, UNDERWRITING_SLA_SCAN_MS: '300', UNDERWRITING_SLA_MARGIN_MS: '600000' };
const LETTERS = 'ABCDEFGHJKLMNRSTUVWXYZ';
const letter = () => LETTERS[randomInt(LETTERS.length)];
/** Adverse magic PAN of the sandbox bureau: score 750, eight enquiries in the last 6 months (apps/sandbox/src/bureau). */
const manyEnquiriesPan = () => `ZZEP${letter()}0750${letter()}`;
const paise = (amount: string) => Math.round(Number(amount) * 100);

interface QueueItem {
  applicationId: string;
  amount: string;
  deadline: string;
  secondsLeft: number;
  late: boolean;
  referralReasons: string[];
  claimedBy: string | null;
  claimExpiresAt: string | null;
  makerId: string | null;
}

/** Underwriters work the applications our credit decision referred: a queue on a deadline, claims, evidence, decisions, four eyes. */
describe('underwriting review desk', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let underwriter: TestUser;
  let checker: TestUser;
  let agent: TestUser;
  let ops: TestUser;
  let admin: TestUser;
  let gatewayDb: Connection;
  let disbursalDb: Connection;

  before(async () => {
    suite = await TestSuite.start(
      'uwdesk',
      [
        { service: 'sandbox' },
        // Two replicas: both look for reviews near their deadline, and each case is still escalated once.
        { service: 'gateway', env: GATEWAY_ENV },
        { service: 'gateway', env: GATEWAY_ENV },
        { service: 'kyc-service' },
        { service: 'offer-service' },
        { service: 'underwriting-service' },
        { service: 'disbursal-service' },
      ],
      { THROTTLE_AUTH_LIMIT: '1000', SWEEP_INTERVAL_MS: '500', COMMAND_DEADLINE_MS: '20000' },
    );
    await enableConnections(suite, [PARTNER]);
    gatewayDb = await suite.mysql('gateway');
    disbursalDb = await suite.mysql('disbursal-service');
    applicant = await suite.users.applicant('uwdesk');
    underwriter = await suite.users.withRole('underwriter');
    checker = await suite.users.withRole('underwriter');
    agent = await suite.users.withRole('partner_agent', 'KNOWN_DSA');
    ops = await suite.users.withRole('ops');
    admin = await suite.users.adminUser();
  });
  after(async () => {
    await gatewayDb?.end();
    await disbursalDb?.end();
    await suite?.stop();
  });

  /**
   * The one journey helper: an application accepted with the lender's offer and referred to MANUAL_REVIEW by our
   * credit decision (the seeded table refers MANY_ENQUIRIES).
   */
  const aadhaarOf = new Map<string, string>();
  async function referredApplication(loanAmount: string): Promise<string> {
    const who = person({
      pan: manyEnquiriesPan(),
      address: { line1: '7 MG Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560034' },
    });
    await registerIdentity(suite.app('sandbox').http, who);
    const created = await applicant.http.post(
      '/v1/applications',
      applicationBody({ applicant: applicantOf(who), loan: { amount: loanAmount } }),
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id as string;
    aadhaarOf.set(id, who.aadhaar);
    assert.equal((await submitKyc(applicant.http, id, who)).status, 202);
    await waitForStatus(applicant, id, (s) => s === 'OFFERS_READY', 'OFFERS_READY');
    await acceptOffer(applicant, id, (await eligibleOffer(applicant, id, PARTNER)).offerId);
    await waitForStatus(applicant, id, (s) => s === 'MANUAL_REVIEW', 'referred to MANUAL_REVIEW');
    return id;
  }

  const queue = async (user: TestUser = underwriter): Promise<QueueItem[]> => {
    const response = await user.http.get(DESK);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.items;
  };
  const claim = (user: TestUser, id: string) => user.http.post(`${DESK}/${id}/claim`, {});
  const decide = (user: TestUser, id: string, body: Record<string, unknown>) => user.http.post(`${DESK}/${id}/decide`, body);
  const statusOf = async (id: string) => (await applicant.http.get(`/v1/applications/${id}`)).body.status as string;
  const auditOf = async (id: string) =>
    (
      await gatewayDb.query<RowDataPacket[]>(
        'SELECT action, actor, reason_codes, note FROM underwriting_review_audit WHERE application_id = ? ORDER BY id',
        [id],
      )
    )[0].map((row) => [row.action, row.actor, row.reason_codes, row.note]);
  const submissionOf = async (id: string) =>
    (
      await disbursalDb.query<RowDataPacket[]>('SELECT partner_code, partner_reference FROM partner_submissions WHERE application_id = ?', [
        id,
      ])
    )[0];
  const APPROVE = { decision: 'APPROVE', reasonCodes: ['INCOME_VERIFIED'], note: 'Enquiries were for one home loan, since closed' };

  let small: string;
  let late: string;

  it('lists referred applications soonest deadline first, with time left (negative when late) and the referral reasons', async () => {
    small = await referredApplication(SMALL_LOAN);
    late = await referredApplication(SMALL_LOAN);
    // Created three hours ago: past its two-hour deadline.
    await gatewayDb.query('UPDATE applications SET created_at = created_at - INTERVAL 3 HOUR WHERE id = ?', [late]);
    const items = (await queue()).filter((item) => [small, late].includes(item.applicationId));
    assert.deepEqual(
      items.map((item) => item.applicationId),
      [late, small],
    );
    const [lateItem, smallItem] = items;
    // Its deadline passed an hour (and the few seconds since it was created) ago.
    assert.ok(lateItem!.secondsLeft <= -3600 && lateItem!.secondsLeft > -4200 && lateItem!.late, JSON.stringify(lateItem));
    assert.ok(
      smallItem!.secondsLeft > TWO_HOURS_S - 600 && smallItem!.secondsLeft <= TWO_HOURS_S && !smallItem!.late,
      JSON.stringify(smallItem),
    );
    assert.ok(Date.parse(smallItem!.deadline) > Date.parse(lateItem!.deadline));
    assert.ok(smallItem!.referralReasons.includes('MANY_ENQUIRIES'), JSON.stringify(smallItem));
    assert.ok(paise(smallItem!.amount) <= paise(CHECKER_ABOVE), `${smallItem!.amount} must not need a checker`);
    assert.deepEqual([smallItem!.claimedBy, smallItem!.makerId], [null, null]);
  });

  it('escalates a review near or past its deadline once across two replicas: a breach row and an UNDERWRITING_SLA_AT_RISK attention item', async () => {
    const [[breach]] = await eventually(
      () => gatewayDb.query<RowDataPacket[]>('SELECT overdue FROM underwriting_sla_breaches WHERE application_id = ?', [late]),
      ([rows]) => rows.length === 1,
      { what: 'the SLA breach row' },
    );
    assert.equal(breach!.overdue, 1);
    const read = await underwriter.http.get(`/v1/applications/${late}`);
    const codes = (read.body.attention as { code: string }[]).map((item) => item.code);
    assert.deepEqual(
      codes.filter((code) => code === 'UNDERWRITING_SLA_AT_RISK'),
      ['UNDERWRITING_SLA_AT_RISK'],
    );
    const [[{ n }]] = await gatewayDb.query<RowDataPacket[]>(
      'SELECT COUNT(*) AS n FROM underwriting_sla_breaches WHERE application_id = ?',
      [small],
    );
    assert.equal(n, 0, 'not escalated with two hours left');
  });

  it('shows the evidence: KYC result with the Aadhaar last 4 only, the decision trace, the bureau facts and the accepted offer', async () => {
    const response = await underwriter.http.get(`${DESK}/${small}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    const evidence = response.body;
    assert.deepEqual(evidence.unavailable, []);
    assert.equal(evidence.applicationStatus, 'MANUAL_REVIEW');
    assert.match(evidence.kyc.declared.aadhaarLast4, /^\d{4}$/);
    // Its own number, not any 12 digits: a snapshot id (hex) may hold a run of digits by chance.
    assert.ok(!JSON.stringify(evidence).includes(aadhaarOf.get(small)!), 'no whole Aadhaar number');
    assert.ok(evidence.kyc.declared.aadhaarLast4 === aadhaarOf.get(small)!.slice(-4), 'the last 4 are its own');
    assert.equal(evidence.decision.decision, 'REFER');
    assert.ok(evidence.decision.reasons.some((reason: { code: string }) => reason.code === 'MANY_ENQUIRIES'));
    assert.ok(evidence.decision.matchedRules.length > 0);
    assert.equal(evidence.facts.bureau.enquiriesLast6m, 8);
    assert.equal(evidence.facts.bureau.score, 750);
    assert.equal(evidence.offer.lender.code, PARTNER);
    assert.deepEqual(evidence.documents, []);
  });

  it('refuses the desk and the metrics to the borrower side, and the desk to ops', async () => {
    for (const user of [applicant, agent]) {
      for (const response of [
        await user.http.get(DESK),
        await user.http.get(`${DESK}/${small}`),
        await claim(user, small),
        await decide(user, small, APPROVE),
        await user.http.get(METRICS),
      ]) {
        assert.deepEqual([response.status, response.body.code], [403, 'FORBIDDEN']);
      }
    }
    assert.equal((await ops.http.get(DESK)).status, 403);
    assert.equal((await ops.http.get(METRICS)).status, 200);
    assert.equal(await statusOf(small), 'MANUAL_REVIEW');
  });

  it('needs a claim and a note to decide; one underwriter holds a claim; approval goes to LENDER_REVIEW and the lender gets it', async () => {
    const unclaimed = await decide(underwriter, small, APPROVE);
    assert.deepEqual([unclaimed.status, unclaimed.body.code], [409, 'REVIEW_NOT_CLAIMED']);

    const claimed = await claim(underwriter, small);
    assert.equal(claimed.status, 200, JSON.stringify(claimed.body));
    const expiresIn = Date.parse(claimed.body.claimExpiresAt) - Date.now();
    assert.ok(expiresIn > 10 * 60_000 && expiresIn <= 15 * 60_000, `claim for ${expiresIn} ms`);
    const taken = await claim(checker, small);
    assert.deepEqual([taken.status, taken.body.code], [409, 'REVIEW_ALREADY_CLAIMED']);
    const listed = (await queue()).find((item) => item.applicationId === small);
    assert.equal(listed?.claimedBy, underwriter.id);

    for (const body of [
      { ...APPROVE, note: undefined },
      { ...APPROVE, note: '  ' },
    ]) {
      const noNote = await decide(underwriter, small, body);
      assert.deepEqual([noNote.status, noNote.body.code], [400, 'VALIDATION_FAILED']);
    }
    const otherHolder = await decide(checker, small, APPROVE);
    assert.deepEqual([otherHolder.status, otherHolder.body.code], [409, 'REVIEW_NOT_CLAIMED']);
    assert.equal(await statusOf(small), 'MANUAL_REVIEW');

    const approved = await decide(underwriter, small, APPROVE);
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.deepEqual(
      [approved.body.outcome, approved.body.applicationStatus, approved.body.decidedBy],
      ['APPLIED', 'LENDER_REVIEW', `user:${underwriter.id}`],
    );
    const again = await decide(underwriter, small, APPROVE);
    assert.deepEqual([again.status, again.body.code], [409, 'REVIEW_ALREADY_RESOLVED']);

    const [submission] = await eventually(
      () => submissionOf(small),
      (rows) => rows[0]?.partner_reference != null,
      { what: 'the submission to the lender' },
    );
    assert.equal(submission!.partner_code, PARTNER);
    const done = await waitForStatus(applicant, small, (s) => s === 'APPROVED', 'APPROVED by the lender');
    assert.equal(done.body.lender.partnerCode, PARTNER);
    const moves = ((await applicant.http.get(`/v1/applications/${small}/timeline`)).body as any[]).map((e) => [e.from, e.to, e.actor]);
    assert.deepEqual(
      moves.find(([from]) => from === 'MANUAL_REVIEW'),
      ['MANUAL_REVIEW', 'LENDER_REVIEW', `user:${underwriter.id}`],
    );
    assert.deepEqual(await auditOf(small), [
      ['CLAIMED', `user:${underwriter.id}`, null, null],
      ['APPROVED', `user:${underwriter.id}`, 'INCOME_VERIFIED', APPROVE.note],
    ]);
    assert.ok(!(await queue()).some((item) => item.applicationId === small), 'left the queue');

    // The replica that applied the lender's approval observed it: count over both.
    const manualCounts = await Promise.all(
      [0, 1].map(async (replica) => {
        const metrics = (await (await fetch(`${suite.app('gateway', replica).url}/metrics`)).text()).split('\n');
        const line = metrics.find((l) => l.startsWith('los_time_to_approval_seconds_count') && l.includes('path="manual"'));
        return line ? Number(line.split(' ').at(-1)) : 0;
      }),
    );
    assert.ok(manualCounts[0]! + manualCounts[1]! >= 1, `histogram observed: ${JSON.stringify(manualCounts)}`);
  });

  it('rejects with borrower-facing reasons to REJECTED, refusing reasons of the other decision', async () => {
    assert.equal((await claim(underwriter, late)).status, 200);
    const mixed = await decide(underwriter, late, { decision: 'REJECT', reasonCodes: ['INCOME_VERIFIED'], note: 'Too many enquiries' });
    assert.deepEqual([mixed.status, mixed.body.code], [400, 'VALIDATION_FAILED']);
    const rejected = await decide(underwriter, late, {
      decision: 'REJECT',
      reasonCodes: ['ADVERSE_CREDIT_HISTORY'],
      note: 'Eight enquiries in six months, two new loans not declared',
    });
    assert.equal(rejected.status, 200, JSON.stringify(rejected.body));
    assert.equal(rejected.body.applicationStatus, 'REJECTED');
    assert.equal(await statusOf(late), 'REJECTED');
    const timeline = (await applicant.http.get(`/v1/applications/${late}/timeline`)).body as any[];
    assert.match(timeline.at(-1).reason, /^\[ADVERSE_CREDIT_HISTORY\] underwriter rejected/);
    assert.deepEqual(await submissionOf(late), [], 'never sent to the lender');
  });

  it('needs a second, different underwriter to approve a large amount (maker-checker)', async () => {
    const large = await referredApplication(LARGE_LOAN);
    const item = (await queue()).find((entry) => entry.applicationId === large);
    assert.ok(item && paise(item.amount) > paise(CHECKER_ABOVE), `${item?.amount} must need a checker`);

    assert.equal((await claim(underwriter, large)).status, 200);
    const made = await decide(underwriter, large, APPROVE);
    assert.equal(made.status, 200, JSON.stringify(made.body));
    assert.deepEqual(
      [made.body.outcome, made.body.applicationStatus, made.body.makerId],
      ['AWAITING_CHECKER', 'MANUAL_REVIEW', underwriter.id],
    );
    assert.equal(await statusOf(large), 'MANUAL_REVIEW');
    assert.deepEqual(await submissionOf(large), []);
    const waiting = (await queue()).find((entry) => entry.applicationId === large);
    assert.deepEqual([waiting?.makerId, waiting?.claimedBy], [underwriter.id, null], 'the claim is released for a checker');

    const selfClaim = await claim(underwriter, large);
    assert.deepEqual([selfClaim.status, selfClaim.body.code], [403, 'CHECKER_SAME_AS_MAKER']);

    assert.equal((await claim(checker, large)).status, 200);
    const checked = await decide(checker, large, { ...APPROVE, note: 'Checked the bureau report and the income' });
    assert.equal(checked.status, 200, JSON.stringify(checked.body));
    assert.deepEqual(
      [checked.body.outcome, checked.body.applicationStatus, checked.body.makerId, checked.body.decidedBy],
      ['APPLIED', 'LENDER_REVIEW', underwriter.id, `user:${checker.id}`],
    );
    await eventually(
      () => submissionOf(large),
      (rows) => rows.length === 1,
      { what: 'the submission to the lender' },
    );
    assert.deepEqual(
      (await auditOf(large)).map(([action, actor]) => [action, actor]),
      [
        ['CLAIMED', `user:${underwriter.id}`],
        ['MAKER_APPROVED', `user:${underwriter.id}`],
        ['CLAIMED', `user:${checker.id}`],
        ['APPROVED', `user:${checker.id}`],
      ],
    );
  });

  it('answers time-to-approval figures from the status log, automatic and manual apart, and 400 on bad dates', async () => {
    // Four applications given a known history in January 2020, a window no real approval of this run falls in.
    const durations = [
      { manual: false, seconds: 600 },
      { manual: false, seconds: 3_600 },
      { manual: true, seconds: 5_400 },
      { manual: true, seconds: 10_800 },
    ];
    const start = Date.parse('2020-01-01T01:00:00.000Z');
    for (const [i, { manual, seconds }] of durations.entries()) {
      const created = await applicant.http.post('/v1/applications', applicationBody());
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const id = created.body.id;
      const createdAt = new Date(start + i * 60_000);
      const at = (offsetS: number) => new Date(createdAt.getTime() + offsetS * 1000);
      await gatewayDb.query('UPDATE application_status_log SET at = ? WHERE application_id = ? AND from_status IS NULL', [createdAt, id]);
      const rows = manual
        ? [
            ['UNDERWRITING', 'MANUAL_REVIEW', at(60)],
            ['MANUAL_REVIEW', 'LENDER_REVIEW', at(seconds - 60)],
            ['LENDER_REVIEW', 'APPROVED', at(seconds)],
          ]
        : [
            ['UNDERWRITING', 'LENDER_REVIEW', at(30)],
            ['LENDER_REVIEW', 'APPROVED', at(seconds)],
          ];
      for (const [from, to, when] of rows) {
        await gatewayDb.query(
          "INSERT INTO application_status_log (application_id, from_status, to_status, actor, reason, at) VALUES (?, ?, ?, 'test', 'history', ?)",
          [id, from, to, when],
        );
      }
    }
    const response = await admin.http.get(`${METRICS}?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.deepEqual(response.body, {
      from: '2020-01-01T00:00:00.000Z',
      to: '2020-01-02T00:00:00.000Z',
      all: { count: 4, meanSeconds: 5100, p50Seconds: 3600, p90Seconds: 10800, withinTwoHoursShare: 0.75 },
      automatic: { count: 2, meanSeconds: 2100, p50Seconds: 600, p90Seconds: 3600, withinTwoHoursShare: 1 },
      manual: { count: 2, meanSeconds: 8100, p50Seconds: 5400, p90Seconds: 10800, withinTwoHoursShare: 0.5 },
    });
    const empty = await admin.http.get(`${METRICS}?from=2019-01-01T00:00:00Z&to=2019-02-01T00:00:00Z`);
    assert.deepEqual(empty.body.all, { count: 0, meanSeconds: null, p50Seconds: null, p90Seconds: null, withinTwoHoursShare: null });

    for (const query of [
      'from=yesterday',
      'to=2020-13-01T00:00:00Z',
      'from=2020-01-02T00:00:00Z&to=2020-01-01T00:00:00Z',
      'from=2018-01-01T00:00:00Z&to=2020-01-01T00:00:00Z',
    ]) {
      const bad = await admin.http.get(`${METRICS}?${query}`);
      assert.deepEqual([bad.status, bad.body.code], [400, 'VALIDATION_FAILED'], query);
    }
  });
});
