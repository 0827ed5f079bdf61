import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Repository } from 'typeorm';
import { AppException } from '@los/common';
import { ApplicationDocumentEntity, DocumentStatus } from '../../document.entity.js';
import { DocumentType } from '../../document-types.constants.js';
import type { S3ObjectsService, StoredObject } from '../../s3-objects.service.js';
import { CheckUploadUseCase } from './check-upload.usecase.js';

const UPLOAD_KEY = 'applications/a/documents/d/uploads/0123';

const pending = (): ApplicationDocumentEntity =>
  Object.assign(new ApplicationDocumentEntity(), {
    id: 'd',
    applicationId: 'a',
    type: DocumentType.SalarySlip,
    contentType: 'application/pdf',
    sizeBytes: 100,
    objectKey: UPLOAD_KEY,
    status: DocumentStatus.PendingUpload,
    checkedKey: null,
    checkedEtag: null,
    checkedBytes: null,
    checkedAt: null,
  });

function setup({
  stored,
  copiedEtag = '"e1"',
  affected = 1,
}: {
  stored: StoredObject | null;
  copiedEtag?: string | null;
  affected?: number;
}) {
  const calls: string[] = [];
  const updates: Array<[Record<string, unknown>, Record<string, unknown>]> = [];
  const objects = {
    stat: async (key: string) => (calls.push(`stat ${key}`), stored),
    copyIfMatch: async (source: string, target: string, etag: string) => (calls.push(`copy ${source} -> ${target} if ${etag}`), copiedEtag),
    remove: async (key: string) => void calls.push(`remove ${key}`),
  } as unknown as S3ObjectsService;
  const documents = {
    update: async (where: Record<string, unknown>, values: Record<string, unknown>) => (updates.push([where, values]), { affected }),
    findOneByOrFail: async () => Object.assign(pending(), { status: DocumentStatus.Checked, checkedKey: 'theirs' }),
  } as unknown as Repository<ApplicationDocumentEntity>;
  return { sut: new CheckUploadUseCase(documents, objects), calls, updates };
}

const code = (error: unknown) => (error as AppException).code;

describe('CheckUploadUseCase', () => {
  it('copies exactly the checked bytes to a fresh checked key, records them and removes the upload', async () => {
    const { sut, calls, updates } = setup({ stored: { sizeBytes: 100, contentType: 'application/pdf', etag: '"e1"' } });
    const checked = await sut.execute(pending());
    assert.match(checked.checkedKey!, /^applications\/a\/documents\/d\/checked\/[0-9a-f]{32}$/);
    assert.deepEqual([checked.status, checked.checkedEtag, checked.checkedBytes], [DocumentStatus.Checked, '"e1"', 100]);
    assert.deepEqual(calls, [`stat ${UPLOAD_KEY}`, `copy ${UPLOAD_KEY} -> ${checked.checkedKey} if "e1"`, `remove ${UPLOAD_KEY}`]);
    assert.deepEqual(updates[0][0], { id: 'd', status: DocumentStatus.PendingUpload });
  });

  it('refuses and drops a copy whose bytes are not the checked ones, recording nothing', async () => {
    const { sut, calls, updates } = setup({ stored: { sizeBytes: 100, contentType: 'application/pdf', etag: '"e1"' }, copiedEtag: '"e2"' });
    await assert.rejects(sut.execute(pending()), (error) => code(error) === 'CONFLICT');
    assert.equal(updates.length, 0);
    assert.match(calls.at(-1)!, /^remove applications\/a\/documents\/d\/checked\//);
  });

  it('refuses when the upload changed before the conditional copy', async () => {
    const { sut, calls, updates } = setup({ stored: { sizeBytes: 100, contentType: 'application/pdf', etag: '"e1"' }, copiedEtag: null });
    await assert.rejects(sut.execute(pending()), (error) => code(error) === 'CONFLICT');
    assert.equal(updates.length, 0);
    assert.equal(calls.length, 2);
  });

  it('rejects and deletes an upload that breaks its declaration, copying nothing', async () => {
    for (const stored of [
      { sizeBytes: 101, contentType: 'application/pdf', etag: '"e"' },
      { sizeBytes: 0, contentType: 'application/pdf', etag: '"e"' },
      { sizeBytes: 50, contentType: 'text/html', etag: '"e"' },
    ]) {
      const { sut, calls, updates } = setup({ stored });
      await assert.rejects(sut.execute(pending()), (error) => code(error) === 'CONFLICT');
      assert.deepEqual(updates[0][1].status, DocumentStatus.Rejected);
      assert.deepEqual(calls, [`stat ${UPLOAD_KEY}`, `remove ${UPLOAD_KEY}`]);
    }
  });

  it('answers not uploaded yet when S3 holds nothing', async () => {
    const { sut, updates } = setup({ stored: null });
    await assert.rejects(sut.execute(pending()), (error) => /not been uploaded/.test((error as Error).message));
    assert.equal(updates.length, 0);
  });

  it('keeps the copy of a concurrent check that locked first and drops its own', async () => {
    const { sut, calls } = setup({ stored: { sizeBytes: 100, contentType: 'application/pdf', etag: '"e1"' }, affected: 0 });
    const checked = await sut.execute(pending());
    assert.equal(checked.checkedKey, 'theirs');
    assert.match(calls.at(-1)!, /^remove applications\/a\/documents\/d\/checked\//);
  });
});
