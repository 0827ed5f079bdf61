import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import { MongoClient } from 'mongodb';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { buildDecisionTable, type TableRow } from '../../apps/underwriting-service/src/decision-tables/seeds/jdm-table.builder.js';
import { removeStoredObjects, uploadWithForm } from '../support/document-storage.js';
import { eventually } from '../support/eventually.js';
import { applicationBody, type TestUser } from '../support/gateway-users.js';
import { applicantOf, magicPan, person, registerIdentity, submitKyc, waitForStatus } from '../support/kyc-fixtures.js';
import { acceptOffer, eligibleOffer } from '../support/offer-journey.js';
import { enableConnections } from '../support/sandbox-lenders.js';
import { EVERY_SERVICE, TestSuite } from '../support/test-suite.js';

const LETTERS = 'ABCDEFGHJKLMNRSTUVWXYZ';
const letter = () => LETTERS[randomInt(LETTERS.length)];
/** Adverse magic PANs of the sandbox bureau (apps/sandbox/src/bureau/bureau-magic-pans.constants.ts), scoring 750. */
const writtenOffPan = () => `ZZWP${letter()}0750${letter()}`;
const manyEnquiriesPan = () => `ZZEP${letter()}0750${letter()}`;
/** Statuses that are our decision or past it. */
const DECIDED = new Set(['LENDER_REVIEW', 'APPROVED', 'REJECTED', 'MANUAL_REVIEW']);
const EVALUATE = 'underwriting.cmd.evaluate.v1';
const SUBMIT = 'offer.cmd.submit-to-partner.v1';

/** Our credit decision between the borrower's acceptance and the lender: approve, reject or refer, never approving on an error. */
describe('underwriting: our credit decision before the lender', () => {
  let suite: TestSuite;
  let applicant: TestUser;
  let underwriter: TestUser;
  let gatewayDb: Connection;
  let underwritingDb: Connection;
  let mongo: MongoClient;
  let sandboxUrl: string;
  const withDocuments: string[] = [];

  before(async () => {
    suite = await TestSuite.start('underwriting', EVERY_SERVICE, {
      THROTTLE_AUTH_LIMIT: '1000',
      SWEEP_INTERVAL_MS: '500',
      COMMAND_DEADLINE_MS: '20000',
    });
    sandboxUrl = suite.app('sandbox').url;
    await enableConnections(suite, ['AURUM_PRIME']);
    await sandbox('PUT', '/lenders/lendwise/admin/webhook-target', { url: `${suite.app('gateway').url}/v1/partners/AURUM_PRIME/webhooks` });
    gatewayDb = await suite.mysql('gateway');
    underwritingDb = await suite.mysql('underwriting-service');
    mongo = new MongoClient(suite.infra.mongoUrl);
    applicant = await suite.users.applicant('underwriting');
    underwriter = await suite.users.withRole('underwriter');
  });
  after(async () => {
    if (suite) await removeStoredObjects(suite, withDocuments);
    await gatewayDb?.end();
    await underwritingDb?.end();
    await mongo?.close();
    await suite?.stop();
  });

  /** Publishes a table version straight into Mongo (as the highest, so active); answers how to remove it. */
  async function activeVersion(tableId: string, content: object, reason: string) {
    const tables = mongo.db(`${suite.prefix}_underwriting`).collection('decision_tables');
    await tables.insertOne({
      tableId,
      version: 9_999,
      content,
      publishedBy: 'test',
      reason,
      publishedAt: new Date(),
      rolledBackFrom: null,
      audited: true,
    });
    return () => tables.deleteOne({ tableId, version: 9_999 });
  }

  async function sandbox(method: string, path: string, body?: unknown) {
    const response = await fetch(`${sandboxUrl}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.ok(response.ok, `${method} ${path}: ${response.status}`);
    return response.json().catch(() => null) as Promise<any>;
  }

  /** An application through KYC for a person with this PAN, and the named lender's offer for it. */
  async function offered(pan: string, partnerCode = 'AURUM_PRIME') {
    const who = person({ pan, address: { line1: '7 MG Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560034' } });
    await registerIdentity(suite.app('sandbox').http, who);
    const created = await applicant.http.post('/v1/applications', applicationBody({ applicant: applicantOf(who) }));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id = created.body.id as string;
    assert.equal((await submitKyc(applicant.http, id, who)).status, 202);
    await waitForStatus(applicant, id, (s) => s === 'OFFERS_READY', 'OFFERS_READY');
    return { id, offerId: (await eligibleOffer(applicant, id, partnerCode)).offerId };
  }

  /** The one journey helper: accepted, then our decision (or the lender's news past it). */
  async function decidedApplication(pan: string, partnerCode = 'AURUM_PRIME') {
    const { id, offerId } = await offered(pan, partnerCode);
    await acceptOffer(applicant, id, offerId);
    const decided = await waitForStatus(applicant, id, (s) => DECIDED.has(s), 'our decision');
    return { id, status: decided.body.status as string };
  }

  const timelineOf = async (id: string) => (await applicant.http.get(`/v1/applications/${id}/timeline`)).body as any[];
  const commandsOf = async (id: string, pattern: string) =>
    (
      await gatewayDb.query<RowDataPacket[]>(
        "SELECT id, created_at, status FROM outbox_commands WHERE pattern = ? AND JSON_UNQUOTE(JSON_EXTRACT(envelope, '$.payload.applicationId')) = ? ORDER BY created_at",
        [pattern, id],
      )
    )[0];
  const decisionsOf = async (id: string) =>
    (await underwritingDb.query<RowDataPacket[]>('SELECT * FROM underwriting_decisions WHERE application_id = ?', [id]))[0];

  it('approves a clean applicant to LENDER_REVIEW, and only then submits to the lender, whose sanction approves it', async () => {
    const { id } = await decidedApplication(magicPan(750));
    await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED by the lender');
    const moves = (await timelineOf(id)).map((entry) => [entry.from, entry.to, entry.actor]);
    assert.deepEqual(moves.slice(-4), [
      ['OFFERS_READY', 'OFFER_ACCEPTED', `user:${applicant.id}`],
      ['OFFER_ACCEPTED', 'UNDERWRITING', `user:${applicant.id}`],
      ['UNDERWRITING', 'LENDER_REVIEW', 'service:underwriting'],
      ['LENDER_REVIEW', 'APPROVED', 'partner:AURUM_PRIME'],
    ]);
    // The submission was recorded after our approval: the evaluation first, the submission on LENDER_REVIEW.
    const [evaluate] = await commandsOf(id, EVALUATE);
    const [submit] = await commandsOf(id, SUBMIT);
    const [[approval]] = await gatewayDb.query<RowDataPacket[]>(
      "SELECT at FROM application_status_log WHERE application_id = ? AND to_status = 'LENDER_REVIEW'",
      [id],
    );
    assert.ok(evaluate && submit && approval);
    assert.ok(submit.created_at >= approval!.at && approval!.at >= evaluate.created_at);

    const staff = await underwriter.http.get(`/v1/applications/${id}/decision`);
    assert.equal(staff.status, 200, JSON.stringify(staff.body));
    assert.deepEqual([staff.body.decision, staff.body.table, staff.body.trigger], ['APPROVE', 'personal-loan:AURUM_PRIME', 'ACCEPTANCE']);
    assert.ok(staff.body.version >= 1 && staff.body.matchedRules.length > 0 && /^[0-9a-f]{64}$/.test(staff.body.snapshot));
    assert.equal(typeof staff.body.durationMs, 'number');
    const [record] = await decisionsOf(id);
    assert.deepEqual([record!.snapshot_id, record!.decision], [staff.body.snapshot, 'APPROVE']);
  });

  it('rejects an applicant with a written-off account, tells the borrower why, and never contacts the lender', async () => {
    const { id, status } = await decidedApplication(writtenOffPan());
    assert.equal(status, 'REJECTED');
    const borrower = await applicant.http.get(`/v1/applications/${id}/decision`);
    assert.equal(borrower.status, 200, JSON.stringify(borrower.body));
    assert.equal(borrower.body.decision, 'REJECT');
    assert.ok(borrower.body.reasons.some((r: any) => r.code === 'WRITTEN_OFF_ACCOUNTS'));
    assert.ok(borrower.body.reasons.every((r: any) => r.borrowerFacing === true));
    // The borrower sees nothing of the trace.
    for (const field of ['table', 'version', 'snapshot', 'matchedRules', 'conditions', 'durationMs'])
      assert.equal(borrower.body[field], undefined, field);
    const rejection = (await timelineOf(id)).at(-1);
    assert.deepEqual([rejection.from, rejection.to, rejection.actor], ['UNDERWRITING', 'REJECTED', 'service:underwriting']);
    assert.match(rejection.reason, /WRITTEN_OFF_ACCOUNTS/);
    assert.deepEqual(await commandsOf(id, SUBMIT), []);
  });

  it('refers an applicant with many recent enquiries to MANUAL_REVIEW with the reason, without submitting', async () => {
    const { id, status } = await decidedApplication(manyEnquiriesPan());
    assert.equal(status, 'MANUAL_REVIEW');
    const referral = (await timelineOf(id)).at(-1);
    assert.match(referral.reason, /MANY_ENQUIRIES/);
    const staff = await underwriter.http.get(`/v1/applications/${id}/decision`);
    assert.equal(staff.body.decision, 'REFER');
    assert.ok(staff.body.reasons.some((r: any) => r.code === 'MANY_ENQUIRIES' && r.borrowerFacing === false));
    const borrower = await applicant.http.get(`/v1/applications/${id}/decision`);
    assert.deepEqual([borrower.body.decision, borrower.body.reasons], ['REFER', []]);
    assert.deepEqual(await commandsOf(id, SUBMIT), []);
  });

  it('refers when the bureau fails (BUREAU_UNAVAILABLE), and a bureau refresh decides again on the new report', async () => {
    await sandbox('PUT', '/sandbox/bureau/faults', { mode: 'error' });
    let id: string;
    try {
      const decided = await decidedApplication(magicPan(750));
      id = decided.id;
      assert.equal(decided.status, 'MANUAL_REVIEW');
    } finally {
      await sandbox('DELETE', '/sandbox/bureau/faults');
    }
    const staff = await underwriter.http.get(`/v1/applications/${id}/decision`);
    assert.equal(staff.body.decision, 'REFER');
    assert.equal(staff.body.reasons[0].code, 'BUREAU_UNAVAILABLE');

    assert.equal((await applicant.http.post(`/v1/applications/${id}/bureau-refresh`, {})).status, 403);
    const refreshed = await underwriter.http.post(`/v1/applications/${id}/bureau-refresh`, {});
    assert.equal(refreshed.status, 202, JSON.stringify(refreshed.body));
    assert.equal(refreshed.body.status, 'UNDERWRITING');
    const again = await underwriter.http.post(`/v1/applications/${id}/bureau-refresh`, {});
    assert.deepEqual([again.status, again.body.code], [409, 'INVALID_TRANSITION']);
    await waitForStatus(applicant, id, (s) => s === 'LENDER_REVIEW' || s === 'APPROVED', 'approved on the refreshed report');
    const records = await decisionsOf(id);
    assert.deepEqual(records.map((r) => [r.decision, r.trigger]).sort(), [
      ['APPROVE', 'BUREAU_REFRESH'],
      ['REFER', 'ACCEPTANCE'],
    ]);
    assert.notEqual(records[0]!.snapshot_id, records[1]!.snapshot_id);
  });

  it('refers (ENGINE_ERROR) when the active table version throws on evaluation, never approving', async () => {
    const broken = {
      nodes: [
        { id: 'in', type: 'inputNode', name: 'Input' },
        {
          id: 'boom',
          type: 'functionNode',
          name: 'Boom',
          content: { source: "export const handler = async () => { throw new Error('boom'); };" },
        },
        { id: 'out', type: 'outputNode', name: 'Output' },
      ],
      edges: [
        { id: 'e1', sourceId: 'in', targetId: 'boom', type: 'edge' },
        { id: 'e2', sourceId: 'boom', targetId: 'out', type: 'edge' },
      ],
    };
    const remove = await activeVersion('personal-loan:VISTAAR_CREDIT', broken, 'a version whose evaluation throws');
    try {
      const { id, status } = await decidedApplication(magicPan(750), 'VISTAAR_CREDIT');
      assert.equal(status, 'MANUAL_REVIEW');
      const staff = await underwriter.http.get(`/v1/applications/${id}/decision`);
      assert.deepEqual([staff.body.decision, staff.body.reasons.map((r: any) => r.code)], ['REFER', ['ENGINE_ERROR']]);
      assert.deepEqual(await commandsOf(id, SUBMIT), []);
    } finally {
      await remove();
    }
  });

  it('evaluates a referred application again when the document its referral asked for arrives, once', async () => {
    const rows: TableRow[] = [
      {
        id: 'needs-statement',
        when: { documents: 'not(contains($, "BANK_STATEMENT"))' },
        decision: 'REFER',
        reasonCode: 'DOCUMENTS_REQUIRED',
        reasonText: 'A bank statement is needed',
        borrowerFacing: true,
        documentsRequired: ['BANK_STATEMENT'],
      },
      {
        id: 'approve',
        when: {},
        decision: 'APPROVE',
        reasonCode: 'POLICY_MET',
        reasonText: 'Meets the policy',
        borrowerFacing: false,
      },
    ];
    const content = buildDecisionTable('Documents first', 'first', [{ id: 'documents', name: 'Documents', field: 'documents' }], rows);
    const remove = await activeVersion('personal-loan:UDYAM_FINSERV', content, 'a bank statement first');
    try {
      const { id, status } = await decidedApplication(magicPan(750), 'UDYAM_FINSERV');
      withDocuments.push(id);
      assert.equal(status, 'MANUAL_REVIEW');
      const upload = async (type: string) => {
        const bytes = Buffer.from(`%PDF-1.4 ${type}`);
        const created = await applicant.http.post(`/v1/applications/${id}/documents`, {
          type,
          contentType: 'application/pdf',
          sizeBytes: bytes.length,
        });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        const stored = await uploadWithForm(created.body.upload, bytes);
        assert.ok(stored.status < 300, stored.text);
        const confirmed = await applicant.http.post(`/v1/applications/${id}/documents/${created.body.id}/confirm`, {});
        assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
      };
      await upload('SALARY_SLIP');
      assert.equal(
        (await applicant.http.get(`/v1/applications/${id}`)).body.status,
        'MANUAL_REVIEW',
        'a document not asked for changes nothing',
      );
      await upload('BANK_STATEMENT');
      await waitForStatus(applicant, id, (s) => s === 'LENDER_REVIEW', 'approved with the statement on file');
      await upload('BANK_STATEMENT');
      const records = await decisionsOf(id);
      assert.deepEqual(records.map((r) => [r.decision, r.trigger]).sort(), [
        ['APPROVE', 'DOCUMENT_RECEIVED'],
        ['REFER', 'ACCEPTANCE'],
      ]);
      assert.equal((await commandsOf(id, EVALUATE)).length, 2);
    } finally {
      await remove();
    }
  });

  it('answers DECISION_NOT_AVAILABLE before a decision, and hides one from other borrowers', async () => {
    const { id } = await offered(magicPan(750));
    const none = await applicant.http.get(`/v1/applications/${id}/decision`);
    assert.deepEqual([none.status, none.body.code], [404, 'DECISION_NOT_AVAILABLE']);
    const stranger = await suite.users.applicant('stranger');
    assert.deepEqual((await stranger.http.get(`/v1/applications/${id}/decision`)).status, 404);
  });

  it('decides once when the evaluate command is delivered again after the decision', async () => {
    const { id } = await decidedApplication(magicPan(750));
    await waitForStatus(applicant, id, (s) => s === 'APPROVED', 'APPROVED');
    const [command] = await commandsOf(id, EVALUATE);
    // As if the underwriting service had crashed before finishing its inbox row: it receives the command again.
    await underwritingDb.query('DELETE FROM inbox_commands WHERE id = ?', [command!.id]);
    await gatewayDb.query("UPDATE outbox_commands SET status = 'DELIVERED', due_at = NOW(3) - INTERVAL 1 SECOND WHERE id = ?", [
      command!.id,
    ]);
    await eventually(
      async () => (await underwritingDb.query<RowDataPacket[]>('SELECT status FROM inbox_commands WHERE id = ?', [command!.id]))[0],
      (rows) => rows[0]?.status === 'DONE',
      { what: 'the evaluate command handled again' },
    );
    await eventually(
      async () => (await gatewayDb.query<RowDataPacket[]>('SELECT status FROM outbox_commands WHERE id = ?', [command!.id]))[0],
      (rows) => rows[0]?.status === 'COMPLETED',
      { what: 'its result reported again' },
    );
    assert.equal((await decisionsOf(id)).length, 1);
    const approvals = (await timelineOf(id)).filter((entry) => entry.to === 'LENDER_REVIEW');
    assert.equal(approvals.length, 1);
    assert.equal((await commandsOf(id, SUBMIT)).length, 1);
  });
});
