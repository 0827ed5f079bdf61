import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { ApplicationDocumentEntity, DocumentStatus } from '../../document.entity.js';
import { notUploadedYet, uploadChangedDuringCheck, uploadRejected } from '../../document.errors.js';
import { checkedKeyOf } from '../../document-keys.factory.js';
import { S3ObjectsService, type StoredObject } from '../../s3-objects.service.js';

const matchesDeclaration = (document: ApplicationDocumentEntity, stored: StoredObject) =>
  stored.sizeBytes >= 1 && stored.sizeBytes <= document.sizeBytes && stored.contentType === document.contentType;

/**
 * Checks what a PENDING_UPLOAD document's form wrote and locks exactly those bytes: they are copied, on the
 * condition that they are still the ones checked, to a key no upload form can write. The form stays valid for
 * its 10 minutes and can write its own key again, but nothing serves that key any more.
 */
@Injectable()
export class CheckUploadUseCase {
  private readonly logger = new Logger(CheckUploadUseCase.name);

  constructor(
    @InjectRepository(ApplicationDocumentEntity) private readonly documents: Repository<ApplicationDocumentEntity>,
    private readonly objects: S3ObjectsService,
  ) {}

  async execute(document: ApplicationDocumentEntity): Promise<ApplicationDocumentEntity> {
    const stored = await this.objects.stat(document.objectKey);
    if (!stored) throw notUploadedYet();
    // S3 enforces the upload policy; a server that does not, or a write around it, is caught here.
    if (!matchesDeclaration(document, stored)) {
      await this.reject(document, stored);
      throw uploadRejected();
    }

    const checkedKey = checkedKeyOf(document.applicationId, document.id);
    const copiedEtag = await this.objects.copyIfMatch(document.objectKey, checkedKey, stored.etag);
    if (copiedEtag !== stored.etag) {
      // Replaced between the check and the copy, or a server that ignores CopySourceIfMatch copied other bytes.
      if (copiedEtag) await this.objects.remove(checkedKey);
      throw uploadChangedDuringCheck();
    }

    const now = new Date();
    const locked = {
      status: DocumentStatus.Checked,
      checkedKey,
      checkedEtag: stored.etag,
      checkedBytes: stored.sizeBytes,
      checkedAt: now,
      updatedAt: now,
    };
    const { affected } = await this.documents.update({ id: document.id, status: DocumentStatus.PendingUpload }, locked);
    if (!affected) {
      // A concurrent check locked it first; its copy is the one served.
      await this.objects.remove(checkedKey);
      return this.documents.findOneByOrFail({ id: document.id });
    }
    // The uploaded original is no longer needed. A failure is logged by the objects service and harmless: never served.
    await this.objects.remove(document.objectKey).catch(() => undefined);
    return Object.assign(document, locked);
  }

  private async reject(document: ApplicationDocumentEntity, stored: StoredObject): Promise<void> {
    // Marked first: if the delete fails, the file is still never served.
    await this.documents.update(
      { id: document.id, status: DocumentStatus.PendingUpload },
      { status: DocumentStatus.Rejected, updatedAt: new Date() },
    );
    this.logger.warn(
      {
        documentId: document.id,
        declaredBytes: document.sizeBytes,
        storedBytes: stored.sizeBytes,
        declaredType: document.contentType,
        storedType: stored.contentType,
      },
      'Rejected an upload that broke its declaration',
    );
    await this.objects.remove(document.objectKey);
  }
}
