import { Injectable, Logger } from '@nestjs/common';
import { CopyObjectCommand, DeleteObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { DocumentBucket } from './document-bucket.provider.js';

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

export interface StoredObject {
  sizeBytes: number;
  contentType: string | undefined;
  etag: string;
}

/** What S3 actually holds under a key, as opposed to what a client declared. */
@Injectable()
export class S3ObjectsService {
  private readonly logger = new Logger(S3ObjectsService.name);

  constructor(private readonly bucket: DocumentBucket) {}

  /** The object under `key`; with `ifMatch`, null as well when it no longer has that ETag. */
  async stat(key: string, ifMatch?: string): Promise<StoredObject | null> {
    try {
      const head = await this.bucket.client.send(new HeadObjectCommand({ Bucket: this.bucket.name, Key: key, IfMatch: ifMatch }));
      const stored = { sizeBytes: head.ContentLength ?? 0, contentType: head.ContentType, etag: head.ETag ?? '' };
      // A server that ignores If-Match still reports the ETag it holds.
      return ifMatch !== undefined && stored.etag !== ifMatch ? null : stored;
    } catch (error) {
      if (statusOf(error) === 404 || (ifMatch !== undefined && statusOf(error) === 412)) return null;
      throw this.unavailable(error);
    }
  }

  /** Copies `source` to `target` only while `source` has `etag`; the copy's ETag, or null when `source` changed. */
  async copyIfMatch(source: string, target: string, etag: string): Promise<string | null> {
    try {
      const copied = await this.bucket.client.send(
        new CopyObjectCommand({
          Bucket: this.bucket.name,
          Key: target,
          CopySource: `${this.bucket.name}/${source}`,
          CopySourceIfMatch: etag,
          MetadataDirective: 'COPY',
        }),
      );
      return copied.CopyObjectResult?.ETag ?? null;
    } catch (error) {
      if (statusOf(error) === 412 || statusOf(error) === 404) return null;
      throw this.unavailable(error);
    }
  }

  async remove(key: string): Promise<void> {
    try {
      await this.bucket.client.send(new DeleteObjectCommand({ Bucket: this.bucket.name, Key: key }));
    } catch (error) {
      throw this.unavailable(error);
    }
  }

  private unavailable(error: unknown): AppException {
    // Name and status only: an SDK error can carry request details that are not ours to log.
    this.logger.warn({ s3Error: (error as Error).name, status: statusOf(error) }, 'Document storage call failed');
    return new AppException(ErrorCode.UpstreamUnavailable, 'Document storage is unavailable; try again later');
  }
}
