import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import type { RowDataPacket } from 'mysql2';
import { bucketClient, removeStoredObjects, uploadWithForm } from '../support/document-storage.js';
import type { HttpClient } from '../support/http-client.js';
import { TestSuite } from '../support/test-suite.js';

const TEN_MINUTES_MS = 10 * 60_000;
const FIVE_MINUTES_MS = 5 * 60_000;
const CLOCK_SLACK_MS = 2_000;

const applicationBody = (email: string) => ({
  applicant: {
    fullName: 'Asha Verma',
    dob: '1990-04-21',
    mobile: '9876543210',
    email,
    pan: 'ABCPV1234F',
    employmentType: 'SALARIED',
    monthlyIncome: 85000,
    existingEmiMonthly: 12000,
    pincode: '560034',
    city: 'Bengaluru',
    state: 'Karnataka',
  },
  loan: { amount: 250000, tenureMonths: 36, purpose: 'Home renovation' },
});

const withinFromNow = (iso: string, maxMs: number) => {
  const remaining = Date.parse(iso) - Date.now();
  return remaining > 0 && remaining <= maxMs + CLOCK_SLACK_MS;
};

describe('application documents: pre-signed upload and download', () => {
  let suite: TestSuite;
  let applicantA: HttpClient;
  let applicantB: HttpClient;
  let applicationA: string;
  const applicationIds: string[] = [];

  const register = async (who: string): Promise<HttpClient> => {
    const gateway = suite.app('gateway').http;
    const email = `${who}-${randomBytes(4).toString('hex')}@example.in`;
    const response = await gateway.post('/v1/auth/register', {
      email,
      password: 'correct-horse-42',
      fullName: 'Asha Verma',
      mobile: '9876543210',
    });
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return gateway.withHeaders({ authorization: `Bearer ${response.body.accessToken}` });
  };
  const createApplication = async (client: HttpClient): Promise<string> => {
    const response = await client.post('/v1/applications', applicationBody('asha@example.in'));
    assert.equal(response.status, 201, JSON.stringify(response.body));
    applicationIds.push(response.body.id);
    return response.body.id;
  };
  const documentsOf = (client: HttpClient, applicationId: string) => client.get(`/v1/applications/${applicationId}/documents`);
  const requestUpload = (client: HttpClient, applicationId: string, body: unknown) =>
    client.post(`/v1/applications/${applicationId}/documents`, body);
  const download = (client: HttpClient, applicationId: string, documentId: string) =>
    client.get(`/v1/applications/${applicationId}/documents/${documentId}/download`);

  before(async () => {
    suite = await TestSuite.start('documents', [{ service: 'gateway' }]);
    applicantA = await register('a');
    applicantB = await register('b');
    applicationA = await createApplication(applicantA);
  });
  after(async () => {
    if (!suite) return;
    try {
      await removeStoredObjects(suite, applicationIds);
    } finally {
      await suite.stop();
    }
  });

  it('uploads through the pre-signed POST and downloads the same bytes through the pre-signed GET', async () => {
    const bytes = randomBytes(4096);
    const created = await requestUpload(applicantA, applicationA, {
      type: 'SALARY_SLIP',
      contentType: 'application/pdf',
      sizeBytes: bytes.length,
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const { id, upload } = created.body;
    assert.deepEqual(Object.keys(created.body).sort(), ['contentType', 'createdAt', 'id', 'sizeBytes', 'status', 'type', 'upload']);
    assert.deepEqual(
      [created.body.type, created.body.contentType, created.body.sizeBytes, created.body.status],
      ['SALARY_SLIP', 'application/pdf', 4096, 'PENDING_UPLOAD'],
    );
    assert.equal(upload.method, 'POST');
    assert.match(upload.fields.key, new RegExp(`^applications/${applicationA}/documents/${id}/uploads/[0-9a-f]{32}$`));
    assert.equal(upload.fields['Content-Type'], 'application/pdf');
    assert.ok(withinFromNow(upload.expiresAt, TEN_MINUTES_MS), `upload expires at ${upload.expiresAt}`);

    const early = await download(applicantA, applicationA, id);
    assert.deepEqual([early.status, early.body.code], [409, 'CONFLICT']);

    const stored = await uploadWithForm(upload, bytes);
    assert.ok(stored.status >= 200 && stored.status < 300, `upload answered ${stored.status} ${stored.text}`);

    const signed = await download(applicantA, applicationA, id);
    assert.equal(signed.status, 200, JSON.stringify(signed.body));
    assert.deepEqual(Object.keys(signed.body).sort(), ['expiresAt', 'url']);
    assert.ok(withinFromNow(signed.body.expiresAt, FIVE_MINUTES_MS), `download expires at ${signed.body.expiresAt}`);
    const file = await fetch(signed.body.url);
    assert.equal(file.status, 200);
    assert.equal(file.headers.get('content-type'), 'application/pdf');
    assert.ok(Buffer.from(await file.arrayBuffer()).equals(bytes), 'downloaded bytes differ from uploaded ones');

    const listed = await documentsOf(applicantA, applicationA);
    assert.equal(listed.status, 200);
    const entry = listed.body.find((document: { id: string }) => document.id === id);
    assert.deepEqual(entry, {
      id,
      type: 'SALARY_SLIP',
      contentType: 'application/pdf',
      sizeBytes: 4096,
      status: 'CHECKED',
      createdAt: created.body.createdAt,
    });
  });

  it('never serves a file larger than declared or of another content type', async () => {
    const cases: Array<{ what: string; bytes: Buffer; contentType: string; refusal: RegExp }> = [
      { what: 'a larger body', bytes: randomBytes(2048), contentType: 'image/png', refusal: /<Code>EntityTooLarge</ },
      { what: 'another content type', bytes: randomBytes(512), contentType: 'text/html', refusal: /<Code>AccessDenied</ },
    ];
    const s3 = bucketClient(suite);
    try {
      for (const { what, bytes, contentType, refusal } of cases) {
        const created = await requestUpload(applicantA, applicationA, { type: 'PHOTO', contentType: 'image/png', sizeBytes: 1024 });
        assert.equal(created.status, 201);
        // The S3 server holds the form to its signed policy, as S3 does.
        const stored = await uploadWithForm(created.body.upload, bytes, { 'Content-Type': contentType });
        assert.equal(stored.status >= 400, true, `${what}: ${stored.status}`);
        assert.match(stored.text, refusal, what);
        // Written around the policy with the bucket's credentials: the gateway checks before it signs a download.
        const key = created.body.upload.fields.key;
        await s3.send(new PutObjectCommand({ Bucket: suite.infra.s3Bucket, Key: key, Body: bytes, ContentType: contentType }));
        const refused = await download(applicantA, applicationA, created.body.id);
        assert.deepEqual([refused.status, refused.body.code], [409, 'CONFLICT'], what);
        const again = await download(applicantA, applicationA, created.body.id);
        assert.equal(again.status, 409, what);
        const listed = await documentsOf(applicantA, applicationA);
        assert.equal(listed.body.find((document: { id: string }) => document.id === created.body.id).status, 'REJECTED', what);
      }
    } finally {
      s3.destroy();
    }
  });

  it('answers 404 to another applicant for the list, a new upload and a download, as for a missing application', async () => {
    const created = await requestUpload(applicantA, applicationA, { type: 'PAN_CARD', contentType: 'image/jpeg', sizeBytes: 1000 });
    assert.equal(created.status, 201);
    const before = (await documentsOf(applicantA, applicationA)).body.length;

    const attempts = [
      await documentsOf(applicantB, applicationA),
      await requestUpload(applicantB, applicationA, { type: 'PAN_CARD', contentType: 'image/jpeg', sizeBytes: 1000 }),
      await download(applicantB, applicationA, created.body.id),
      await documentsOf(applicantA, '7d0f6d1e-3c1b-4f3e-9a37-2f1f3b9c2a10'),
    ];
    for (const response of attempts) assert.deepEqual([response.status, response.body.code], [404, 'NOT_FOUND']);
    assert.equal((await documentsOf(applicantA, applicationA)).body.length, before);
  });

  it('answers 404 for a document id of another application', async () => {
    const created = await requestUpload(applicantA, applicationA, {
      type: 'BANK_STATEMENT',
      contentType: 'application/pdf',
      sizeBytes: 2000,
    });
    const otherApplication = await createApplication(applicantA);
    const response = await download(applicantA, otherApplication, created.body.id);
    assert.deepEqual([response.status, response.body.code], [404, 'NOT_FOUND']);
  });

  it('refuses bad declarations with 400 VALIDATION_FAILED naming the field, storing nothing', async () => {
    const before = (await documentsOf(applicantA, applicationA)).body;
    const cases: Array<[unknown, RegExp]> = [
      [{ type: 'PASSPORT', contentType: 'application/pdf', sizeBytes: 100 }, /type/],
      [{ type: 'PHOTO', contentType: 'application/pdf', sizeBytes: 100 }, /contentType/],
      [{ type: 'BANK_STATEMENT', contentType: 'image/png', sizeBytes: 100 }, /contentType/],
      [{ type: 'PHOTO', contentType: 'image/png', sizeBytes: 2 * 1024 * 1024 + 1 }, /sizeBytes/],
      [{ type: 'BANK_STATEMENT', contentType: 'application/pdf', sizeBytes: 10 * 1024 * 1024 + 1 }, /sizeBytes/],
      [{ type: 'PHOTO', contentType: 'image/png', sizeBytes: 0 }, /sizeBytes/],
      [{ type: 'PHOTO', contentType: 'image/png', sizeBytes: -5 }, /sizeBytes/],
      [{ type: 'PHOTO', contentType: 'image/png', sizeBytes: 10.5 }, /sizeBytes/],
      [{ type: 'PHOTO', contentType: 'image/png', sizeBytes: '100' }, /sizeBytes/],
      [{ type: 'PHOTO', contentType: 'image/png', sizeBytes: 100, objectKey: 'elsewhere' }, /objectKey should not exist/],
    ];
    for (const [body, field] of cases) {
      const response = await requestUpload(applicantA, applicationA, body);
      assert.deepEqual([response.status, response.body.code], [400, 'VALIDATION_FAILED'], JSON.stringify(body));
      assert.match(response.body.message, field, JSON.stringify(body));
    }
    assert.deepEqual((await documentsOf(applicantA, applicationA)).body, before);
    const db = await suite.mysql('gateway');
    try {
      const [rows] = await db.query<RowDataPacket[]>('SELECT COUNT(*) AS n FROM application_documents WHERE application_id = ?', [
        applicationA,
      ]);
      assert.equal(Number(rows[0].n), before.length);
    } finally {
      await db.end();
    }
  });
});
