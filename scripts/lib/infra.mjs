// Finds the MySQL, Redis, Mongo-compatible and S3-compatible servers, starting the missing ones locally.
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { createConnection } from 'mysql2/promise';
import { join } from 'node:path';
import { ferretBinary, mongoAnswers, startFerret } from '../infra/ferretdb.mjs';
import { mailApiAnswers, startMaildev } from '../infra/maildev.mjs';
import { redisAnswers, startRedis } from '../infra/redis.mjs';
import { S3RVER_ACCESS_KEY_ID, S3RVER_SECRET_ACCESS_KEY, s3Answers, s3Binary, startS3 } from '../infra/s3.mjs';
import { DEV_CORS_ORIGINS } from './services.mjs';
import { step, StepError } from './steps.mjs';

// The SDK's notice about Node 22 says nothing actionable for this machine's Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const DEFAULTS = {
  mysqlUrl: 'mysql://root@127.0.0.1:3306',
  redisUrl: 'redis://127.0.0.1:6379',
  mongoUrl: 'mongodb://127.0.0.1:27017',
  s3Endpoint: 'http://127.0.0.1:4569',
  s3Bucket: 'los-documents',
  smtpHost: '127.0.0.1',
  smtpPort: 1025,
  mailApiUrl: 'http://127.0.0.1:1080',
};

/** Returns where each server answers and which processes this call started (to stop them later). */
export async function ensureInfra({ stateDir, env = process.env }) {
  const started = [];
  const logs = join(stateDir, 'logs');
  const mysqlUrl = serverUrlOf(env.MYSQL_URL ?? DEFAULTS.mysqlUrl);
  await step('MySQL (MariaDB)', async () => {
    if (!(await mysqlAnswers(mysqlUrl))) {
      throw new StepError(
        `no MySQL answers at ${safeUrl(mysqlUrl)}`,
        'start MariaDB (start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd) or set MYSQL_URL',
      );
    }
  });
  const redisUrl = env.REDIS_URL ?? DEFAULTS.redisUrl;
  await step('Redis', async () => {
    if (await redisAnswers(redisUrl)) return;
    if (env.REDIS_URL) throw new StepError(`REDIS_URL does not answer`, 'start that Redis or unset REDIS_URL');
    const redis = await startRedis({ port: 6379, logFile: join(logs, 'redis.log') });
    started.push({ name: 'redis', pid: redis.pid });
  });
  const mongoUrl = env.MONGO_URL ? serverUrlOf(env.MONGO_URL) : DEFAULTS.mongoUrl;
  await step('Mongo-compatible server (FerretDB)', async () => {
    if (await mongoAnswers(mongoUrl)) return;
    if (env.MONGO_URL) throw new StepError('MONGO_URL does not answer', 'start that server or unset MONGO_URL');
    await ferretBinary({ log: (line) => process.stdout.write(`  ${line}\n`) });
    const ferret = await startFerret({ port: 27017, dataDir: join(stateDir, 'ferretdb'), logFile: join(logs, 'ferretdb.log') });
    started.push({ name: 'ferretdb', pid: ferret.pid });
  });
  const s3 = {
    s3Endpoint: env.S3_ENDPOINT || DEFAULTS.s3Endpoint,
    s3Bucket: env.S3_BUCKET ?? DEFAULTS.s3Bucket,
    s3AccessKeyId: env.S3_ACCESS_KEY_ID ?? S3RVER_ACCESS_KEY_ID,
    s3SecretAccessKey: env.S3_SECRET_ACCESS_KEY ?? S3RVER_SECRET_ACCESS_KEY,
  };
  await step('S3-compatible server (tools/s3server)', async () => {
    if (!(await s3Answers(s3.s3Endpoint))) {
      if (env.S3_ENDPOINT) throw new StepError('S3_ENDPOINT does not answer', 'start that server or unset S3_ENDPOINT');
      await s3Binary({ log: (line) => process.stdout.write(`  ${line}\n`) });
      const server = await startS3({
        port: 4569,
        bucket: s3.s3Bucket,
        accessKeyId: s3.s3AccessKeyId,
        secretAccessKey: s3.s3SecretAccessKey,
        corsOrigins: DEV_CORS_ORIGINS,
        logFile: join(logs, 's3server.log'),
      });
      started.push({ name: 's3server', pid: server.pid });
    }
    await ensureBucket(s3);
  });
  // SMTP_HOST names an outside mail server, which is not ours to start; MAILDEV_URL a maildev already running.
  const mail = {
    smtpHost: env.SMTP_HOST || DEFAULTS.smtpHost,
    smtpPort: Number(env.SMTP_PORT || DEFAULTS.smtpPort),
    mailApiUrl: env.MAILDEV_URL || DEFAULTS.mailApiUrl,
  };
  await step('Mail server (maildev)', async () => {
    if (env.SMTP_HOST || (await mailApiAnswers(mail.mailApiUrl))) return;
    if (env.MAILDEV_URL) throw new StepError('MAILDEV_URL does not answer', 'start that maildev or unset MAILDEV_URL');
    const webPort = Number(new URL(mail.mailApiUrl).port);
    const maildev = await startMaildev({ smtpPort: mail.smtpPort, webPort, logFile: join(logs, 'maildev.log') });
    started.push({ name: 'maildev', pid: maildev.pid });
  });
  return { infra: { mysqlUrl, redisUrl, mongoUrl, ...s3, ...mail }, started };
}

async function mysqlAnswers(url) {
  try {
    const connection = await createConnection({ uri: url, connectTimeout: 1500 });
    await connection.query('SELECT 1');
    await connection.end();
    return true;
  } catch {
    return false;
  }
}

async function ensureBucket({ s3Endpoint, s3Bucket, s3AccessKeyId, s3SecretAccessKey }) {
  const client = new S3Client({
    endpoint: s3Endpoint,
    region: 'ap-south-1',
    forcePathStyle: true,
    credentials: { accessKeyId: s3AccessKeyId, secretAccessKey: s3SecretAccessKey },
  });
  try {
    await client.send(new CreateBucketCommand({ Bucket: s3Bucket }));
  } catch (error) {
    if (!['BucketAlreadyOwnedByYou', 'BucketAlreadyExists'].includes(error.name)) throw error;
  } finally {
    client.destroy();
  }
}

function serverUrlOf(url) {
  const parsed = new URL(url);
  parsed.pathname = '';
  return parsed.toString().replace(/\/$/, '');
}

const safeUrl = (url) => url.replace(/\/\/[^@/]*@/, '//***@');

export function stopProcesses(processes) {
  for (const { pid } of [...processes].reverse()) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
