import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The plain-JS stack scripts, loaded at run time so tests start apps exactly as `npm run stack` does. */
const load = <T>(relative: string): Promise<T> => import(pathToFileURL(join(process.cwd(), relative)).href) as Promise<T>;

export interface ServiceInfo {
  name: string;
  port: number;
  db: string | null;
  rpc: boolean;
}

export interface Infra {
  mysqlUrl: string;
  redisUrl: string;
  mongoUrl: string;
  s3Endpoint: string;
  s3Bucket: string;
  s3AccessKeyId: string;
  s3SecretAccessKey: string;
  /** maildev: its SMTP server, and its REST API listing the mails received. */
  smtpHost?: string;
  smtpPort?: number;
  mailApiUrl?: string;
}

export interface StartedProcess {
  name: string;
  pid: number;
  url: string;
}

interface AppsModule {
  startApp(
    root: string,
    service: ServiceInfo,
    infra: Infra,
    options: {
      stateDir: string;
      prefix: string;
      port: number;
      extra?: Record<string, string>;
    },
  ): Promise<StartedProcess>;
  stopPids(pids: number[], graceMs?: number): Promise<void>;
}

export const appsScript = () => load<AppsModule>('scripts/lib/apps.mjs');
export const servicesScript = () =>
  load<{ serviceByName(name: string): ServiceInfo; databaseUrl(server: string, prefix: string, service: ServiceInfo): string }>(
    'scripts/lib/services.mjs',
  );
export const migrateScript = () =>
  load<{ migrateService(service: ServiceInfo, url: string, direction: 'up' | 'down'): Promise<string[]> }>('scripts/migrate.mjs');
export const netScript = () => load<{ freePort(): Promise<number> }>('scripts/infra/net.mjs');
export const redisScript = () =>
  load<{ startRedis(o: { port: number; logFile: string }): Promise<{ pid: number; url: string }> }>('scripts/infra/redis.mjs');
export const ferretScript = () =>
  load<{ startFerret(o: { port: number; dataDir: string; logFile: string }): Promise<{ pid: number; url: string }> }>(
    'scripts/infra/ferretdb.mjs',
  );
export const s3Script = () =>
  load<{
    startS3(o: { port: number; bucket: string; corsOrigins?: string[]; logFile: string }): Promise<{ pid: number; endpoint: string }>;
  }>('scripts/infra/s3.mjs');
