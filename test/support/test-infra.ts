import type { Infra } from './repo-scripts.js';

/** Where the shared servers answer; `npm test` exports these after starting what was missing. */
export function sharedInfra(): Infra {
  const env = process.env;
  return {
    mysqlUrl: env.LOS_TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306',
    redisUrl: env.LOS_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    mongoUrl: env.LOS_TEST_MONGO_URL ?? 'mongodb://127.0.0.1:27017',
    s3Endpoint: env.LOS_TEST_S3_ENDPOINT ?? 'http://127.0.0.1:4569',
    s3Bucket: env.LOS_TEST_S3_BUCKET ?? 'los-documents',
    s3AccessKeyId: env.LOS_TEST_S3_ACCESS_KEY_ID ?? 'S3RVER',
    s3SecretAccessKey: env.LOS_TEST_S3_SECRET_ACCESS_KEY ?? 'S3RVER',
    smtpHost: env.LOS_TEST_SMTP_HOST ?? '127.0.0.1',
    smtpPort: Number(env.LOS_TEST_SMTP_PORT ?? 1025),
    mailApiUrl: env.LOS_TEST_MAIL_API_URL ?? 'http://127.0.0.1:1080',
  };
}

export const TEST_STATE_DIR = '.stack/test';
