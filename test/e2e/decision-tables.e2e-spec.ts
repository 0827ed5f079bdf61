import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { MongoClient, type Db } from 'mongodb';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { underwritingInput } from '../../apps/underwriting-service/src/testing/underwriting-input.fixture.js';
import type { TestUser } from '../support/gateway-users.js';
import { TestSuite } from '../support/test-suite.js';

const BASE = '/v1/admin/decision-tables';
const AURUM = 'personal-loan:AURUM_PRIME';
const SETU = 'personal-loan:SETU_MICROLOANS';
const SEEDED = ['AURUM_PRIME', 'SETU_MICROLOANS', 'UDYAM_FINSERV', 'VISTAAR_CREDIT'].map((lender) => `personal-loan:${lender}`);

type Rule = Record<string, string> & { _id: string };
type Jdm = { nodes: { type: string; content?: { hitPolicy: string; rules: Rule[] } }[]; edges: unknown[] };
const rulesOf = (content: Jdm) => content.nodes.find((node) => node.type === 'decisionTableNode')!.content!.rules;

describe('decision tables over HTTP', () => {
  let suite: TestSuite;
  let mongo: MongoClient;
  let uwDb: Db;
  let mysql: Connection;
  let admin: TestUser;

  before(async () => {
    // Two underwriting replicas boot at once: each seeds, the unique index keeps one version 1 per table.
    suite = await TestSuite.start('decision_tables', [
      { service: 'gateway' },
      { service: 'underwriting-service' },
      { service: 'underwriting-service' },
    ]);
    mongo = new MongoClient(suite.infra.mongoUrl);
    uwDb = mongo.db(`${suite.prefix}_underwriting`);
    mysql = await suite.mysql('underwriting-service');
    admin = await suite.users.adminUser();
  });
  after(async () => {
    await mysql?.end();
    await mongo?.close();
    await suite?.stop();
  });

  const contentOf = async (tableId: string, version: number): Promise<Jdm> => {
    const response = await admin.http.get(`${BASE}/${tableId}/versions/${version}`);
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.content as Jdm;
  };
  const versionsOf = async (tableId: string) => (await admin.http.get(`${BASE}/${tableId}/versions`)).body as { version: number }[];
  const auditRows = async (tableId: string) =>
    (
      await mysql.query<RowDataPacket[]>(
        'SELECT version, action, actor, reason, rolled_back_from FROM decision_table_audit_events WHERE table_id = ? ORDER BY version',
        [tableId],
      )
    )[0];
  const publish = (tableId: string, content: unknown, reason = 'Tighten the policy after the Q3 review') =>
    admin.http.post(`${BASE}/${tableId}/versions`, { content, reason });

  it('seeds version 1 of the four lenders tables once, with one audit row each', async () => {
    const versions = await uwDb
      .collection('decision_tables')
      .find({}, { projection: { _id: 0, tableId: 1, version: 1, publishedBy: 1 } })
      .toArray();
    assert.deepEqual(
      versions.map((v) => [v.tableId, v.version, v.publishedBy]).sort(),
      SEEDED.map((tableId) => [tableId, 1, 'system:seed']),
    );
    const [audit] = await mysql.query<RowDataPacket[]>(
      'SELECT table_id, version, action, actor FROM decision_table_audit_events ORDER BY table_id',
    );
    assert.deepEqual(
      audit.map((row) => [row.table_id, row.version, row.action, row.actor]),
      SEEDED.map((tableId) => [tableId, 1, 'SEEDED', 'system:seed']),
    );
  });

  it('lists every table with its active version', async () => {
    const listed = await admin.http.get(BASE);
    assert.equal(listed.status, 200);
    assert.deepEqual(
      (listed.body as { tableId: string; activeVersion: number }[]).map((table) => [table.tableId, table.activeVersion]).sort(),
      SEEDED.map((tableId) => [tableId, 1]),
    );
  });

  describe('publish, diff, rollback', () => {
    it('publishes a valid version: the list shows it active, its history and audit row name the publisher', async () => {
      const content = await contentOf(AURUM, 1);
      rulesOf(content).find((rule) => rule._id === 'score-below-min')!.score = '< 700';
      const published = await publish(AURUM, content, 'Score floor 700 for the festive season');
      assert.equal(published.status, 201, JSON.stringify(published.body));
      assert.deepEqual(published.body, { tableId: AURUM, version: 2 });

      const listed = (await admin.http.get(BASE)).body as { tableId: string; activeVersion: number; active: { publishedBy: string } }[];
      const aurum = listed.find((table) => table.tableId === AURUM)!;
      assert.deepEqual([aurum.activeVersion, aurum.active.publishedBy], [2, `user:${admin.id}`]);
      assert.deepEqual(
        (await versionsOf(AURUM)).map((v) => v.version),
        [2, 1],
      );
      assert.deepEqual(await contentOf(AURUM, 2), content);
      const audit = await auditRows(AURUM);
      assert.deepEqual(
        audit.map((row) => [row.version, row.action, row.actor, row.reason]),
        [
          [1, 'SEEDED', 'system:seed', 'Initial credit policy'],
          [2, 'PUBLISHED', `user:${admin.id}`, 'Score floor 700 for the festive season'],
        ],
      );
    });

    const invalidDrafts: [string, (content: Jdm) => unknown, RegExp][] = [
      ['a content that is not a JDM graph', () => ({ nodes: 'table', edges: [] }), /nodes and edges/],
      [
        'an expression that does not parse',
        (content) => ((rulesOf(content).find((rule) => rule._id === 'dpd90')!.dpd90 = '> (0'), content),
        /^rule dpd90, column dpd90: > \(0 does not parse/,
      ],
      [
        'an unknown operator',
        (content) => ((rulesOf(content).find((rule) => rule._id === 'kyc-not-verified')!.kycDecision = '$ !== "VERIFIED"'), content),
        /^rule kyc-not-verified, column kycDecision: unknown operator !==/,
      ],
      [
        'no default row under first',
        (content) => (rulesOf(content).pop(), content),
        /^no default rule: under hit policy first the last rule \(amount-above-offer\)/,
      ],
      [
        'a row after the default under first',
        (content) => (rulesOf(content).push({ ...rulesOf(content)[1], _id: 'too-late' }), content),
        /^rule too-late is unreachable: it comes after the catch-all rule default-approve/,
      ],
    ];
    for (const [name, spoil, message] of invalidDrafts) {
      it(`refuses ${name} with 400 DECISION_TABLE_INVALID and changes nothing`, async () => {
        const before = [await versionsOf(SETU), await auditRows(SETU)];
        const refused = await publish(SETU, spoil(await contentOf(SETU, 1)));
        assert.equal(refused.status, 400, JSON.stringify(refused.body));
        assert.equal(refused.body.code, 'DECISION_TABLE_INVALID');
        assert.match(refused.body.message, message);
        assert.deepEqual([await versionsOf(SETU), await auditRows(SETU)], before);
      });
    }

    it('diffs two versions rule by rule', async () => {
      const diff = await admin.http.get(`${BASE}/${AURUM}/diff?from=1&to=2`);
      assert.equal(diff.status, 200, JSON.stringify(diff.body));
      assert.deepEqual([diff.body.added, diff.body.removed, diff.body.hitPolicy], [[], [], undefined]);
      assert.deepEqual(
        diff.body.changed.map((change: { ruleId: string; before: Rule; after: Rule }) => [
          change.ruleId,
          change.before.score,
          change.after.score,
        ]),
        [['score-below-min', '< 720', '< 700']],
      );
    });

    it('rolls back by publishing the earlier content as the next version', async () => {
      const rolledBack = await admin.http.post(`${BASE}/${AURUM}/rollback`, { toVersion: 1, reason: 'Festive season over' });
      assert.equal(rolledBack.status, 201, JSON.stringify(rolledBack.body));
      assert.deepEqual(rolledBack.body, { tableId: AURUM, version: 3 });
      assert.deepEqual(await contentOf(AURUM, 3), await contentOf(AURUM, 1));
      const [latest] = (await admin.http.get(`${BASE}/${AURUM}/versions`)).body as { version: number; rolledBackFrom: number | null }[];
      assert.deepEqual([latest.version, latest.rolledBackFrom], [3, 1]);
      const audit = (await auditRows(AURUM)).at(-1)!;
      assert.deepEqual([audit.version, audit.action, audit.rolled_back_from, audit.actor], [3, 'ROLLED_BACK', 1, `user:${admin.id}`]);

      const toActive = await admin.http.post(`${BASE}/${AURUM}/rollback`, { toVersion: 3, reason: 'Again' });
      assert.deepEqual([toActive.status, toActive.body.code], [409, 'CONFLICT']);
      const toMissing = await admin.http.post(`${BASE}/${AURUM}/rollback`, { toVersion: 99, reason: 'No such version' });
      assert.deepEqual([toMissing.status, toMissing.body.code], [404, 'NOT_FOUND']);
    });
  });

  describe('simulate', () => {
    const decidedAt = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000);
    const insertDecided = async (
      tableId: string,
      changes: Parameters<typeof underwritingInput>[1],
      decision: string,
      minutesAgo: number,
    ) => {
      const applicationId = randomUUID();
      const lender = tableId.split(':')[1];
      const snapshotId = randomBytes(32).toString('hex');
      await uwDb.collection('underwriting_snapshots').insertOne({
        snapshotId,
        applicationId,
        input: underwritingInput(lender, { ...changes, applicationId }),
        createdAt: decidedAt(minutesAgo),
        decided: { tableId, version: 1, decision, decidedAt: decidedAt(minutesAgo) },
      });
      return { applicationId, snapshotId };
    };

    it('evaluates a draft against the last N decided applications of the table and lists the changed decisions', async () => {
      const nearMiss = await insertDecided(AURUM, { bureau: { score: 710 } }, 'REJECT', 3);
      await insertDecided(AURUM, {}, 'APPROVE', 2);
      await insertDecided(AURUM, { bureau: null }, 'REFER', 1);
      await insertDecided(AURUM, { bureau: { score: 710 } }, 'REJECT', 60);
      await insertDecided(SETU, { bureau: { score: 580 } }, 'REJECT', 1);
      const draft = await contentOf(AURUM, 2);

      const simulated = await admin.http.post(`${BASE}/${AURUM}/simulate`, { content: draft, lastN: 3 });
      assert.equal(simulated.status, 200, JSON.stringify(simulated.body));
      assert.deepEqual(simulated.body, {
        tableId: AURUM,
        evaluated: 3,
        changed: 1,
        changes: [{ applicationId: nearMiss.applicationId, snapshotId: nearMiss.snapshotId, from: 'REJECT', to: 'APPROVE' }],
      });
      const wider = await admin.http.post(`${BASE}/${AURUM}/simulate`, { content: draft, lastN: 50 });
      assert.deepEqual([wider.body.evaluated, wider.body.changed], [4, 2]);
    });

    it('refuses an invalid draft and stores nothing', async () => {
      const draft = await contentOf(AURUM, 1);
      rulesOf(draft).find((rule) => rule._id === 'written-off')!.writtenOff = '=> 0';
      const refused = await admin.http.post(`${BASE}/${AURUM}/simulate`, { content: draft, lastN: 5 });
      assert.deepEqual([refused.status, refused.body.code], [400, 'DECISION_TABLE_INVALID']);
      assert.match(refused.body.message, /rule written-off/);
      assert.equal((await versionsOf(AURUM)).length, 3);
    });
  });

  describe('access and input', () => {
    it('refuses callers without credit-policy:manage with 403', async () => {
      const underwriter = await suite.users.withRole('underwriter');
      const applicant = await suite.users.applicant();
      assert.equal((await underwriter.http.get(BASE)).status, 403);
      const refused = await applicant.http.post(`${BASE}/${AURUM}/versions`, {
        content: await contentOf(AURUM, 1),
        reason: 'Not mine to change',
      });
      assert.deepEqual([refused.status, refused.body.code], [403, 'FORBIDDEN']);
      assert.equal((await versionsOf(AURUM)).length, 3);
    });

    it('answers 404 for an unknown table and 400 for a malformed id or version', async () => {
      const unknown = await admin.http.get(`${BASE}/personal-loan:NOBODY_LENDS/versions`);
      assert.deepEqual([unknown.status, unknown.body.code], [404, 'NOT_FOUND']);
      const unknownPublish = await publish('personal-loan:NOBODY_LENDS', await contentOf(AURUM, 1));
      assert.deepEqual([unknownPublish.status, unknownPublish.body.code], [404, 'NOT_FOUND']);
      assert.equal((await admin.http.get(`${BASE}/AURUM_PRIME/versions`)).status, 400);
      assert.equal((await admin.http.get(`${BASE}/${AURUM}/versions/0`)).status, 400);
      assert.equal((await admin.http.get(`${BASE}/${AURUM}/versions/7`)).status, 404);
    });
  });
});
