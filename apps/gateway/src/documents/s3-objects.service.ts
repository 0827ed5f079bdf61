import { Injectable, Logger } from '@nestjs/common';
import { DeleteObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { DocumentBucket } from './document-bucket.provider.js';

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

export interface StoredObject {
  sizeBytes: number;
  contentType: string | undefined;
}

/** What S3 actually holds under a key, as opposed to what a client declared. */
@Injectable()
export class S3ObjectsService {
  private readonly logger = new Logger(S3ObjectsService.name);

  constructor(private readonly bucket: DocumentBucket) {}

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const head = await this.bucket.client.send(new HeadObjectCommand({ Bucket: this.bucket.name, Key: key }));
      return { sizeBytes: head.ContentLength ?? 0, contentType: head.ContentType };
    } catch (error) {
      if (statusOf(error) === 404) return null;
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
