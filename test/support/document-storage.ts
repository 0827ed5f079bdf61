import { DeleteObjectsCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import type { TestSuite } from './test-suite.js';

/** A client holding the bucket's credentials, as an operator (or an attacker with them) would. */
export function bucketClient(suite: TestSuite): S3Client {
  const { s3Endpoint, s3AccessKeyId, s3SecretAccessKey } = suite.infra;
  return new S3Client({
    endpoint: s3Endpoint,
    region: 'ap-south-1',
    forcePathStyle: true,
    credentials: { accessKeyId: s3AccessKeyId, secretAccessKey: s3SecretAccessKey },
  });
}

/** The S3 server is shared by every test file: remove what one stored under its applications. */
export async function removeStoredObjects(suite: TestSuite, applicationIds: string[]): Promise<void> {
  const s3 = bucketClient(suite);
  try {
    for (const applicationId of applicationIds) {
      const listed = await s3.send(new ListObjectsV2Command({ Bucket: suite.infra.s3Bucket, Prefix: `applications/${applicationId}/` }));
      const objects = (listed.Contents ?? []).map(({ Key }) => ({ Key }));
      if (objects.length) await s3.send(new DeleteObjectsCommand({ Bucket: suite.infra.s3Bucket, Delete: { Objects: objects } }));
    }
  } finally {
    s3.destroy();
  }
}

/** Sends the pre-signed form as a browser would: the fields as given, then the file part named "file". */
export async function uploadWithForm(
  upload: { url: string; fields: Record<string, string> },
  bytes: Buffer,
  override: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...upload.fields, ...override })) form.append(name, value);
  form.append('file', new Blob([bytes]), 'document');
  const response = await fetch(upload.url, { method: 'POST', body: form });
  return { status: response.status, text: await response.text() };
}
