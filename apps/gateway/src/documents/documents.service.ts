import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AppException, isDuplicateKey, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { UnderwritingDecisions } from '../underwriting/underwriting-decisions.service.js';
import { ApplicationDocumentEntity, DocumentStatus } from './document.entity.js';
import { documentChanged, documentLocked, documentNotFound, uploadRejected } from './document.errors.js';
import { uploadKeyOf } from './document-keys.factory.js';
import type { RequestUploadDto } from './dto/request-upload.dto.js';
import { S3ObjectsService } from './s3-objects.service.js';
import { S3PresignerService, type PresignedDownload, type PresignedUpload } from './s3-presigner.service.js';
import { CheckUploadUseCase } from './usecases/check-upload/check-upload.usecase.js';

/**
 * Every route first loads the application through ApplicationsService, so a document of an application
 * the caller may not see answers exactly like a missing one.
 */
@Injectable()
export class DocumentsService {
  private readonly logger = new Logger(DocumentsService.name);

  constructor(
    @InjectRepository(ApplicationDocumentEntity) private readonly documents: Repository<ApplicationDocumentEntity>,
    private readonly applications: ApplicationsService,
    private readonly presigner: S3PresignerService,
    private readonly objects: S3ObjectsService,
    private readonly checkUpload: CheckUploadUseCase,
    private readonly underwriting: UnderwritingDecisions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The object key is chosen here, never by the client, so an upload can only land where we recorded it.
   * With an `Idempotency-Key` the document is unique on (uploader, application, key): a retry gets the same
   * document with a freshly signed form, as the form's credentials are never stored.
   */
  async requestUpload(
    user: AuthenticatedUser,
    applicationId: string,
    dto: RequestUploadDto,
    idempotencyKey?: string,
  ): Promise<{ document: ApplicationDocumentEntity; upload: PresignedUpload }> {
    await this.applications.get(user, applicationId);
    const byKey = idempotencyKey ? { applicationId, uploadedBy: user.id, idempotencyKey } : undefined;
    const earlier = byKey && (await this.documents.findOneBy(byKey));
    if (earlier) return this.uploadAgain(earlier, dto);
    const id = randomUUID();
    const objectKey = uploadKeyOf(applicationId, id);
    const upload = await this.presigner.presignUpload(objectKey, dto.contentType, dto.sizeBytes);
    const now = new Date();
    const document = this.documents.create({
      id,
      applicationId,
      type: dto.type,
      contentType: dto.contentType,
      sizeBytes: dto.sizeBytes,
      objectKey,
      status: DocumentStatus.PendingUpload,
      checkedKey: null,
      checkedEtag: null,
      checkedBytes: null,
      checkedAt: null,
      uploadedBy: user.id,
      idempotencyKey: idempotencyKey ?? null,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.documents.insert(document);
    } catch (error) {
      if (isDuplicateKey(error) && byKey) return this.uploadAgain(await this.documents.findOneByOrFail(byKey), dto);
      throw error;
    }
    return { document, upload };
  }

  private async uploadAgain(document: ApplicationDocumentEntity, dto: RequestUploadDto) {
    const same = document.type === dto.type && document.contentType === dto.contentType && document.sizeBytes === dto.sizeBytes;
    if (!same) throw new AppException(ErrorCode.IdempotencyKeyReused, 'This Idempotency-Key was used with a different request');
    if (document.status !== DocumentStatus.PendingUpload) {
      throw new AppException(ErrorCode.Conflict, 'The document of this Idempotency-Key was uploaded already');
    }
    const upload = await this.presigner.presignUpload(document.objectKey, document.contentType, document.sizeBytes);
    return { document, upload };
  }

  async list(user: AuthenticatedUser, applicationId: string): Promise<ApplicationDocumentEntity[]> {
    await this.applications.get(user, applicationId);
    return this.documents.find({ where: { applicationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /** Checks and locks the upload; once locked, a document is never replaced, so confirming again is refused. */
  async confirmUpload(user: AuthenticatedUser, applicationId: string, documentId: string): Promise<ApplicationDocumentEntity> {
    const document = await this.find(user, applicationId, documentId);
    if (document.status === DocumentStatus.Rejected) throw uploadRejected();
    if (document.status === DocumentStatus.Checked) {
      // The form is still valid for a while; whatever it wrote after the check is discarded, never served.
      await this.objects.remove(document.objectKey);
      throw documentLocked();
    }
    return this.check(document);
  }

  /** Signs only the checked copy, and only while it still holds the bytes that were checked. */
  async requestDownload(user: AuthenticatedUser, applicationId: string, documentId: string): Promise<PresignedDownload> {
    let document = await this.find(user, applicationId, documentId);
    if (document.status === DocumentStatus.Rejected) throw uploadRejected();
    if (document.status === DocumentStatus.PendingUpload) document = await this.check(document);
    const { checkedKey, checkedEtag } = document;
    if (!checkedKey || !checkedEtag || !(await this.objects.stat(checkedKey, checkedEtag))) {
      await this.documents.update({ id: document.id }, { status: DocumentStatus.Rejected, updatedAt: new Date() });
      this.logger.warn({ documentId: document.id }, 'The checked copy of a document changed or disappeared; it is rejected');
      throw documentChanged();
    }
    return this.presigner.presignDownload(checkedKey, document.contentType);
  }

  /** Checks and locks an upload; a document a referral asked for sends the application back to underwriting (once). */
  private async check(document: ApplicationDocumentEntity): Promise<ApplicationDocumentEntity> {
    const checked = await this.checkUpload.execute(document);
    const { applicationId, type } = checked;
    const reevaluated = await this.dataSource.transaction((manager) =>
      this.underwriting.onDocumentChecked(manager, applicationId, type, randomUUID()),
    );
    if (reevaluated) this.logger.log({ applicationId, type }, 'Required document received: evaluated again');
    return checked;
  }

  private async find(user: AuthenticatedUser, applicationId: string, documentId: string): Promise<ApplicationDocumentEntity> {
    await this.applications.get(user, applicationId);
    const document = await this.documents.findOneBy({ id: documentId, applicationId });
    if (!document) throw documentNotFound();
    return document;
  }
}
