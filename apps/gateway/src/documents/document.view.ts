import { ApiProperty } from '@nestjs/swagger';
import { DocumentStatus } from './document.entity.js';
import { DocumentType } from './document-types.constants.js';

export class DocumentView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: DocumentType }) type: DocumentType;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty({ type: 'integer', example: 482113, description: 'Declared size; the upload may be at most this' }) sizeBytes: number;
  @ApiProperty({
    enum: DocumentStatus,
    description: 'CHECKED (locked for good) or REJECTED once the upload was confirmed or first downloaded',
  })
  status: DocumentStatus;
  @ApiProperty() createdAt: string;
}

export class PresignedUploadView {
  @ApiProperty({ enum: ['POST'] }) method: 'POST';
  @ApiProperty({ description: 'Send a multipart/form-data POST here' }) url: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Form fields to send as given, before the file part, which must be named "file"',
  })
  fields: Record<string, string>;
  @ApiProperty({ description: 'At most 10 minutes after the request' }) expiresAt: string;
}

export class DocumentUploadView extends DocumentView {
  @ApiProperty({ type: PresignedUploadView }) upload: PresignedUploadView;
}

export class DocumentDownloadView {
  @ApiProperty({ description: 'Pre-signed GET of the file, served as an attachment' }) url: string;
  @ApiProperty({ description: 'At most 5 minutes after the request' }) expiresAt: string;
}
