import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DocumentType } from './document-types.constants.js';

export enum DocumentStatus {
  PendingUpload = 'PENDING_UPLOAD',
  Uploaded = 'UPLOADED',
  /** The stored object broke its declaration (size or content type); it was deleted and is never served. */
  Rejected = 'REJECTED',
}

/** A file attached to an application. The bytes live in S3 under `objectKey`; this row is what we vouch for. */
@Entity('application_documents')
@Index('idx_application_documents_application', ['applicationId', 'createdAt'])
@Index('uq_application_documents_object_key', ['objectKey'], { unique: true })
@Index('uq_application_documents_idempotency', ['uploadedBy', 'applicationId', 'idempotencyKey'], { unique: true })
export class ApplicationDocumentEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 32 }) type: DocumentType;
  @Column('varchar', { length: 100, name: 'content_type' }) contentType: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes: number;
  @Column('varchar', { length: 200, name: 'object_key' }) objectKey: string;
  @Column('varchar', { length: 16 }) status: DocumentStatus;
  @Column('char', { length: 36, name: 'uploaded_by' }) uploadedBy: string;
  /** The uploader's `Idempotency-Key`: a retry gets this document again with a fresh form, never a second one. */
  @Column('varchar', { length: 100, name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'updated_at' }) updatedAt: Date;
}
