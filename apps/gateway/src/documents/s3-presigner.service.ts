import { Injectable } from '@nestjs/common';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { DocumentBucket } from './document-bucket.provider.js';
import { DOWNLOAD_URL_TTL_S, UPLOAD_URL_TTL_S } from './document-types.constants.js';

export interface PresignedUpload {
  method: 'POST';
  url: string;
  fields: Record<string, string>;
  expiresAt: Date;
}

export interface PresignedDownload {
  url: string;
  expiresAt: Date;
}

/** Signs short-lived browser uploads and downloads; the signed values are credentials and are never logged. */
@Injectable()
export class S3PresignerService {
  constructor(private readonly bucket: DocumentBucket) {}

  /** A POST form whose policy makes S3 refuse another key, an empty file, one over `maxBytes`, or another content type. */
  async presignUpload(key: string, contentType: string, maxBytes: number): Promise<PresignedUpload> {
    const { url, fields } = await createPresignedPost(this.bucket.client, {
      Bucket: this.bucket.name,
      Key: key,
      Fields: { 'Content-Type': contentType },
      Conditions: [
        ['eq', '$key', key],
        ['content-length-range', 1, maxBytes],
        ['eq', '$Content-Type', contentType],
      ],
      Expires: UPLOAD_URL_TTL_S,
    });
    return { method: 'POST', url, fields, expiresAt: policyExpiration(fields.Policy) };
  }

  /** Served as an attachment of the declared type, so a stored file cannot render as a page from the bucket's origin. */
  async presignDownload(key: string, contentType: string): Promise<PresignedDownload> {
    const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000); // X-Amz-Date has whole seconds
    const command = new GetObjectCommand({
      Bucket: this.bucket.name,
      Key: key,
      ResponseContentType: contentType,
      ResponseContentDisposition: 'attachment',
    });
    const url = await getSignedUrl(this.bucket.client, command, { expiresIn: DOWNLOAD_URL_TTL_S, signingDate: signedAt });
    return { url, expiresAt: new Date(signedAt.getTime() + DOWNLOAD_URL_TTL_S * 1000) };
  }
}

/** The expiry S3 will enforce is the one written in the signed policy; report exactly that. */
function policyExpiration(policy: string): Date {
  return new Date((JSON.parse(Buffer.from(policy, 'base64').toString('utf8')) as { expiration: string }).expiration);
}
