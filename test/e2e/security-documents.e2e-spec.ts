import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RowDataPacket } from 'mysql2';
import { bucketClient, removeStoredObjects, uploadWithForm } from '../support/document-storage.js';
import type { HttpClient } from '../support/http-client.js';
import { TestSuite } from '../support/test-suite.js';

interface Upload {
  url: string;
  fields: Record<string, string>;
}

const applicationBody = {
  applicant: {
    fullName: 'Asha Verma',
    dob: '1990-04-21',
    mobile: '9876543210',
    email: 'asha@example.in',
    pan: 'ABCPV1234F',
    employmentType: 'SALARIED',
    monthlyIncome: 85000,
    existingEmiMonthly: 12000,
    pincode: '560034',
    city: 'Bengaluru',
    state: 'Karnataka',
  },
  loan: { amount: 250000, tenureMonths: 36, purpose: 'Home renovation' },
};

const policyOf = (upload: Upload) =>
  JSON.parse(Buffer.from(upload.fields.Policy, 'base64').toString('utf8')) as { conditions: unknown[]; expiration: string };

const succeeded = (status: number) => status >= 200 && status < 300;

describe('security: a checked document cannot be replaced', () => {
  let suite: TestSuite;
  let applicant: HttpClient;
  let stranger: HttpClient;
  let applicationId: string;

  const path = (suffix = '') => `/v1/applications/${applicationId}/documents${suffix}`;
  const requestUpload = (sizeBytes: number) =>
    applicant.post(path(), { type: 'SALARY_SLIP', contentType: 'application/pdf', sizeBytes }).then((response) => {
      assert.equal(response.status, 201, JSON.stringify(response.body));
      return response.body as { id: string; upload: Upload };
    });
  const confirm = (client: HttpClient, documentId: string) => client.post(path(`/${documentId}/confirm`), {});
  const statusOf = async (documentId: string) =>
    ((await applicant.get(path())).body as Array<{ id: string; status: string; sizeBytes: number }>).find((d) => d.id === documentId);
  /** What a reviewer gets: the bytes behind the pre-signed GET, or the gateway's refusal. */
  const served = async (documentId: string) => {
    const signed = await applicant.get(path(`/${documentId}/download`));
    if (signed.status !== 200) return { status: signed.status, code: signed.body.code as string, bytes: undefined };
    const file = await fetch(signed.body.url);
    assert.equal(file.status, 200);
    return { status: 200, code: undefined, bytes: Buffer.from(await file.arrayBuffer()) };
  };
  const checkedKeyOf = async (documentId: string): Promise<string> => {
    const db = await suite.mysql('gateway');
    try {
      const [rows] = await db.query<RowDataPacket[]>('SELECT checked_key FROM application_documents WHERE id = ?', [documentId]);
      return rows[0].checked_key as string;
    } finally {
      await db.end();
    }
  };
  const keysUnder = async (documentId: string): Promise<string[]> => {
    const s3 = bucketClient(suite);
    try {
      const prefix = `applications/${applicationId}/documents/${documentId}/`;
      const listed = await s3.send(new ListObjectsV2Command({ Bucket: suite.infra.s3Bucket, Prefix: prefix }));
      return (listed.Contents ?? []).map(({ Key }) => Key!).sort();
    } finally {
      s3.destroy();
    }
  };

  before(async () => {
    suite = await TestSuite.start('secdocs', [{ service: 'gateway' }]);
    applicant = (await suite.users.applicant('docowner')).http;
    stranger = (await suite.users.applicant('stranger')).http;
    const created = await applicant.post('/v1/applications', applicationBody);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    applicationId = created.body.id;
  });
  after(async () => {
    if (!suite) return;
    try {
      await removeStoredObjects(suite, [applicationId]);
    } finally {
      await suite.stop();
    }
  });

  it('gives every form its own unguessable key and pins the policy to it', async () => {
    const first = await requestUpload(1000);
    const second = await requestUpload(1000);
    for (const { id, upload } of [first, second]) {
      const key = upload.fields.key;
      assert.match(key, new RegExp(`^applications/${applicationId}/documents/${id}/uploads/[0-9a-f]{32}$`));
      const { conditions } = policyOf(upload);
      assert.ok(
        conditions.some((c) => JSON.stringify(c) === JSON.stringify(['eq', '$key', key])),
        JSON.stringify(conditions),
      );
      assert.ok(conditions.some((c) => JSON.stringify(c) === JSON.stringify(['content-length-range', 1, 1000])));
      assert.ok(conditions.some((c) => JSON.stringify(c) === JSON.stringify(['eq', '$Content-Type', 'application/pdf'])));
    }
    assert.notEqual(first.upload.fields.key.split('/').pop(), second.upload.fields.key.split('/').pop());
  });

  it('keeps serving the checked bytes after the same form uploads other ones, and refuses a second confirmation', async () => {
    const original = randomBytes(4096);
    const swapped = randomBytes(4096);
    const { id, upload } = await requestUpload(original.length);

    const early = await confirm(applicant, id);
    assert.deepEqual([early.status, early.body.code], [409, 'CONFLICT']);

    assert.ok(succeeded((await uploadWithForm(upload, original)).status));
    const confirmed = await confirm(applicant, id);
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
    assert.deepEqual([confirmed.body.id, confirmed.body.status, confirmed.body.sizeBytes], [id, 'CHECKED', 4096]);
    const checkedKey = await checkedKeyOf(id);
    assert.match(checkedKey, new RegExp(`^applications/${applicationId}/documents/${id}/checked/[0-9a-f]{32}$`));
    assert.deepEqual(await keysUnder(id), [checkedKey], 'the uploaded original is removed once copied');
    assert.ok((await served(id)).bytes?.equals(original), 'served bytes differ from the checked upload');

    // The attack: the form is valid for 10 minutes and is used again, with other bytes of the declared size and type.
    const reuse = await uploadWithForm(upload, swapped);
    assert.ok(succeeded(reuse.status), `the form is within its policy: ${reuse.status} ${reuse.text}`);
    const afterReuse = await served(id);
    assert.ok(afterReuse.bytes?.equals(original), 'the re-used form replaced the served document');

    const again = await confirm(applicant, id);
    assert.deepEqual([again.status, again.body.code], [409, 'DOCUMENT_LOCKED']);
    assert.deepEqual(await keysUnder(id), [checkedKey], 'what the re-used form wrote is discarded');
    assert.ok((await served(id)).bytes?.equals(original));
    const listed = await statusOf(id);
    assert.deepEqual([listed?.status, listed?.sizeBytes], ['CHECKED', 4096]);
  });

  it('locks a document checked by its first download too', async () => {
    const original = randomBytes(2048);
    const { id, upload } = await requestUpload(original.length);
    assert.ok(succeeded((await uploadWithForm(upload, original)).status));
    assert.ok((await served(id)).bytes?.equals(original));

    assert.ok(succeeded((await uploadWithForm(upload, randomBytes(2048))).status));
    assert.ok((await served(id)).bytes?.equals(original), 'the re-used form replaced the served document');
    const again = await confirm(applicant, id);
    assert.deepEqual([again.status, again.body.code], [409, 'DOCUMENT_LOCKED']);
    assert.equal((await statusOf(id))?.status, 'CHECKED');
  });

  it('never serves bytes written over the checked copy, by the form or with the bucket credentials', async () => {
    const original = randomBytes(1024);
    const { id, upload } = await requestUpload(original.length);
    assert.ok(succeeded((await uploadWithForm(upload, original)).status));
    assert.equal((await confirm(applicant, id)).status, 200);
    const checkedKey = await checkedKeyOf(id);

    // The form's policy names its own key only: the S3 server refuses another.
    const redirected = await uploadWithForm(upload, randomBytes(1024), { key: checkedKey });
    assert.deepEqual([redirected.status, /AccessDenied/.test(redirected.text)], [403, true], redirected.text);
    assert.ok((await served(id)).bytes?.equals(original));

    const s3 = bucketClient(suite);
    try {
      await s3.send(
        new PutObjectCommand({ Bucket: suite.infra.s3Bucket, Key: checkedKey, Body: randomBytes(1024), ContentType: 'application/pdf' }),
      );
    } finally {
      s3.destroy();
    }
    assert.deepEqual(await served(id), { status: 409, code: 'DOCUMENT_CHANGED', bytes: undefined });
    assert.equal((await statusOf(id))?.status, 'REJECTED');
    assert.deepEqual([(await confirm(applicant, id)).body.code], ['CONFLICT']);
  });

  it('answers 404 to another applicant confirming, as for a missing document', async () => {
    const { id, upload } = await requestUpload(512);
    assert.ok(succeeded((await uploadWithForm(upload, randomBytes(512))).status));
    const refused = await confirm(stranger, id);
    assert.deepEqual([refused.status, refused.body.code], [404, 'NOT_FOUND']);
    const missing = await confirm(applicant, '7d0f6d1e-3c1b-4f3e-9a37-2f1f3b9c2a10');
    assert.deepEqual([missing.status, missing.body.code], [404, 'NOT_FOUND']);
    assert.equal((await statusOf(id))?.status, 'PENDING_UPLOAD');
  });

  describe('the S3 server holds every request to its signature, as S3 does', () => {
    const refusedWith = (response: { status: number; text: string }, status: number, code: string) =>
      assert.deepEqual([response.status, response.text.match(/<Code>([^<]+)<\/Code>/)?.[1]], [status, code], response.text);
    const notUploaded = async (documentId: string) => {
      const confirmed = await confirm(applicant, documentId);
      assert.deepEqual(
        [confirmed.status, confirmed.body.code, confirmed.body.message],
        [409, 'CONFLICT', 'The document has not been uploaded yet'],
      );
      assert.deepEqual(await keysUnder(documentId), []);
    };

    it('refuses a form whose signature is zeroed, missing, or whose policy was widened', async () => {
      const { id, upload } = await requestUpload(1000);
      refusedWith(await uploadWithForm(upload, randomBytes(1000), { 'X-Amz-Signature': '0'.repeat(64) }), 403, 'SignatureDoesNotMatch');
      const unsigned = Object.fromEntries(Object.entries(upload.fields).filter(([name]) => !/^(policy|x-amz-signature)$/i.test(name)));
      refusedWith(await uploadWithForm({ url: upload.url, fields: unsigned }, randomBytes(1000)), 403, 'AccessDenied');
      const policy = policyOf(upload);
      const widened = {
        ...policy,
        conditions: policy.conditions.map((c) =>
          JSON.stringify(c) === JSON.stringify(['content-length-range', 1, 1000]) ? ['content-length-range', 1, 10 ** 8] : c,
        ),
      };
      assert.notDeepEqual(widened, policy);
      const Policy = Buffer.from(JSON.stringify(widened)).toString('base64');
      refusedWith(await uploadWithForm(upload, randomBytes(5000), { Policy }), 403, 'SignatureDoesNotMatch');
      await notUploaded(id);
    });

    it('refuses what the signed policy does not allow: another size, type or field, or an expired policy', async () => {
      const { id, upload } = await requestUpload(1000);
      refusedWith(await uploadWithForm(upload, randomBytes(1001)), 400, 'EntityTooLarge');
      refusedWith(await uploadWithForm(upload, Buffer.alloc(0)), 400, 'EntityTooSmall');
      refusedWith(await uploadWithForm(upload, randomBytes(1000), { 'Content-Type': 'text/html' }), 403, 'AccessDenied');
      refusedWith(await uploadWithForm(upload, randomBytes(1000), { 'x-amz-meta-note': 'unsigned' }), 403, 'AccessDenied');
      await notUploaded(id);

      const s3 = bucketClient(suite);
      try {
        const key = `applications/${applicationId}/documents/expired/uploads/${randomBytes(16).toString('hex')}`;
        const shortLived = await createPresignedPost(s3, { Bucket: suite.infra.s3Bucket, Key: key, Expires: 1 });
        await sleep(1500);
        refusedWith(await uploadWithForm(shortLived, randomBytes(10)), 403, 'AccessDenied');
      } finally {
        s3.destroy();
      }
    });

    it('serves nothing and lists nothing without a valid signature', async () => {
      const original = randomBytes(700);
      const { id, upload } = await requestUpload(original.length);
      assert.ok(succeeded((await uploadWithForm(upload, original)).status));
      assert.equal((await confirm(applicant, id)).status, 200);
      const checkedKey = await checkedKeyOf(id);
      const { s3Endpoint, s3Bucket } = suite.infra;
      const plain = (url: string) => fetch(url).then(async (response) => ({ status: response.status, text: await response.text() }));

      refusedWith(await plain(`${s3Endpoint}/${s3Bucket}/${checkedKey}`), 403, 'AccessDenied');
      refusedWith(await plain(`${s3Endpoint}/${s3Bucket}?list-type=2&prefix=applications/`), 403, 'AccessDenied');
      refusedWith(await plain(`${s3Endpoint}/${s3Bucket}`), 403, 'AccessDenied');
      const signed = (await applicant.get(path(`/${id}/download`))).body.url as string;
      const zeroed = new URL(signed);
      zeroed.searchParams.set('X-Amz-Signature', '0'.repeat(64));
      refusedWith(await plain(zeroed.href), 403, 'SignatureDoesNotMatch');
      const otherKey = signed.replace(checkedKey, upload.fields.key);
      refusedWith(await plain(otherKey), 403, 'SignatureDoesNotMatch');
      const file = await fetch(signed);
      assert.ok(Buffer.from(await file.arrayBuffer()).equals(original));
    });
  });
});
