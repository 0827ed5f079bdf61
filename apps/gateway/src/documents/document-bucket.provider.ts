import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { S3Client } from '@aws-sdk/client-s3';
import { APP_CONFIG, type GatewayConfig } from '@los/common';

/** The bucket holding application documents and the one S3 client the app uses for it. */
@Injectable()
export class DocumentBucket implements OnApplicationShutdown {
  readonly client: S3Client;
  readonly name: string;

  constructor(@Inject(APP_CONFIG) config: GatewayConfig) {
    this.name = config.S3_BUCKET;
    this.client = new S3Client({
      region: config.S3_REGION,
      // No endpoint means AWS itself; MinIO and s3rver need theirs, and path-style addressing.
      ...(config.S3_ENDPOINT ? { endpoint: config.S3_ENDPOINT } : {}),
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      credentials: { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY },
    });
  }

  onApplicationShutdown(): void {
    this.client.destroy();
  }
}
