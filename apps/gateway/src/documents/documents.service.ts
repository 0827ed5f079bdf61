import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import type { QueryFailedError, Repository } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApplicationDocumentEntity, DocumentStatus } from './document.entity.js';
import type { RequestUploadDto } from './dto/request-upload.dto.js';
import { S3ObjectsService, type StoredObject } from './s3-objects.service.js';
import { S3PresignerService, type PresignedDownload, type PresignedUpload } from './s3-presigner.service.js';

const rejected = () =>
  new AppException(ErrorCode.Conflict, 'The uploaded file did not match its declared size or content type; request a new upload');

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
    const objectKey = `applications/${applicationId}/${id}`;
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
      uploadedBy: user.id,
      idempotencyKey: idempotencyKey ?? null,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.documents.insert(document);
    } catch (error) {
      const duplicate = (error as QueryFailedError & { code?: string }).code === 'ER_DUP_ENTRY';
      if (duplicate && byKey) return this.uploadAgain(await this.documents.findOneByOrFail(byKey), dto);
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

  async requestDownload(user: AuthenticatedUser, applicationId: string, documentId: string): Promise<PresignedDownload> {
    await this.applications.get(user, applicationId);
    const document = await this.documents.findOneBy({ id: documentId, applicationId });
    if (!document) throw new AppException(ErrorCode.NotFound, 'Document not found');
    await this.confirmUpload(document);
    return this.presigner.presignDownload(document.objectKey, document.contentType);
  }

  /** Signs nothing for a file S3 does not hold, or one that breaks its declaration. */
  private async confirmUpload(document: ApplicationDocumentEntity): Promise<void> {
    if (document.status === DocumentStatus.Rejected) throw rejected();
    const stored = await this.objects.stat(document.objectKey);
    if (!stored) throw new AppException(ErrorCode.Conflict, 'The document has not been uploaded yet');
    // S3 and MinIO enforce the upload policy; s3rver ignores it, and objects can be written around it.
    const matches = stored.sizeBytes >= 1 && stored.sizeBytes <= document.sizeBytes && stored.contentType === document.contentType;
    if (!matches) {
      await this.reject(document, stored);
      throw rejected();
    }
    if (document.status === DocumentStatus.PendingUpload) {
      await this.documents.update(
        { id: document.id, status: DocumentStatus.PendingUpload },
        { status: DocumentStatus.Uploaded, updatedAt: new Date() },
      );
    }
  }

  private async reject(document: ApplicationDocumentEntity, stored: StoredObject): Promise<void> {
    // Marked first: if the delete fails, the file is still never served.
    await this.documents.update({ id: document.id }, { status: DocumentStatus.Rejected, updatedAt: new Date() });
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
