import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DocumentType } from './document-types.constants.js';

export enum DocumentStatus {
  PendingUpload = 'PENDING_UPLOAD',
  /** Checked against its declaration and copied to `checkedKey`, which no upload form can write: locked for good. */
  Checked = 'CHECKED',
  /** The stored object broke its declaration, or the checked copy changed; it is never served. */
  Rejected = 'REJECTED',
}

/**
 * A file attached to an application. The client's form writes `objectKey` (one-time, unguessable); what was
 * checked is served from `checkedKey` only while it still has `checkedEtag`. This row is what we vouch for.
 */
@Entity('application_documents')
@Index('idx_application_documents_application', ['applicationId', 'createdAt'])
@Index('uq_application_documents_object_key', ['objectKey'], { unique: true })
@Index('uq_application_documents_checked_key', ['checkedKey'], { unique: true })
@Index('uq_application_documents_idempotency', ['uploadedBy', 'applicationId', 'idempotencyKey'], { unique: true })
export class ApplicationDocumentEntity {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 32 }) type: DocumentType;
  @Column('varchar', { length: 100, name: 'content_type' }) contentType: string;
  @Column('int', { name: 'size_bytes' }) sizeBytes: number;
  @Column('varchar', { length: 200, name: 'object_key' }) objectKey: string;
  @Column('varchar', { length: 16 }) status: DocumentStatus;
  @Column('varchar', { length: 200, name: 'checked_key', nullable: true }) checkedKey: string | null;
  @Column('varchar', { length: 80, name: 'checked_etag', nullable: true }) checkedEtag: string | null;
  @Column('int', { name: 'checked_bytes', nullable: true }) checkedBytes: number | null;
  @Column('datetime', { precision: 3, name: 'checked_at', nullable: true }) checkedAt: Date | null;
  @Column('char', { length: 36, name: 'uploaded_by' }) uploadedBy: string;
  /** The uploader's `Idempotency-Key`: a retry gets this document again with a fresh form, never a second one. */
  @Column('varchar', { length: 100, name: 'idempotency_key', nullable: true }) idempotencyKey: string | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'updated_at' }) updatedAt: Date;
}
