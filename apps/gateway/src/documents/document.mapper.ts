import type { ApplicationDocumentEntity } from './document.entity.js';
import type { DocumentDownloadView, DocumentUploadView, DocumentView } from './document.view.js';
import type { PresignedDownload, PresignedUpload } from './s3-presigner.service.js';

export function toDocumentView(entity: ApplicationDocumentEntity): DocumentView {
  return {
    id: entity.id,
    type: entity.type,
    contentType: entity.contentType,
    sizeBytes: entity.sizeBytes,
    status: entity.status,
    createdAt: entity.createdAt.toISOString(),
  };
}

export function toDocumentUploadView(entity: ApplicationDocumentEntity, upload: PresignedUpload): DocumentUploadView {
  const { id, type, contentType, sizeBytes, status, createdAt } = toDocumentView(entity);
  return {
    id,
    type,
    contentType,
    sizeBytes,
    status,
    upload: { method: upload.method, url: upload.url, fields: upload.fields, expiresAt: upload.expiresAt.toISOString() },
    createdAt,
  };
}

export function toDocumentDownloadView(download: PresignedDownload): DocumentDownloadView {
  return { url: download.url, expiresAt: download.expiresAt.toISOString() };
}
