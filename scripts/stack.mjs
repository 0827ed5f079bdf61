// `npm run stack`: set up everything this machine lacks and run the whole suite; `npm run stack:down` stops it.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startApp, stopPids } from './lib/apps.mjs';
import { ensureProjectNode } from './lib/node-runtime.mjs';
import { commandLineOf, stillOurs } from './lib/process-identity.mjs';
import { build, installIfNeeded, ROOT } from './lib/project.mjs';
import { exitOnFailure, step } from './lib/steps.mjs';

const STATE_DIR = join(ROOT, '.stack');
const STATE_FILE = join(STATE_DIR, 'state.json');

const readState = () => (existsSync(STATE_FILE) ? JSON.parse(readFileSync(STATE_FILE, 'utf8')) : { processes: [] });
const writeState = (state) => writeFileSync(STATE_FILE, JSON.stringify(state, null, 2));

async function up() {
  await ensureProjectNode();
  const startedAt = Date.now();
  mkdirSync(STATE_DIR, { recursive: true });
  await step('dependencies', installIfNeeded);
  await step('build', build);
  const state = readState();
  const runningApps = stillOursReported(state.processes.filter((p) => p.kind === 'app'));
  if (runningApps.length) await step('stop apps from the previous run', () => stopPids(runningApps.map((p) => p.pid)));
  state.processes = state.processes.filter((p) => p.kind !== 'app');
  writeState(state);

  // Imported after install: these modules need the dependencies.
  const { ensureInfra } = await import('./lib/infra.mjs');
  const { SERVICES, DEV_SECRETS, DEV_CORS_ORIGINS, DEV_WEBHOOK_SECRET_KEYS } = await import('./lib/services.mjs');
  const { migrateService } = await import('./migrate.mjs');
  const { databaseUrl, serviceByName } = await import('./lib/services.mjs');
  const { infra, started } = await ensureInfra({ stateDir: STATE_DIR });
  state.processes.push(...started.map((p) => ({ ...p, kind: 'infra', cmdline: commandLineOf(p.pid) })));
  writeState(state);

  // The gateway's migration seals stored webhook secrets with the keys the stack gives the gateway (serviceEnv).
  Object.assign(process.env, DEV_WEBHOOK_SECRET_KEYS);
  await step('migrations', async () => {
    for (const service of SERVICES.filter((s) => s.schema)) {
      await migrateService(service, databaseUrl(infra.mysqlUrl, 'los', service), 'up');
    }
  });
  const { enableLenderConnections, pointLenderWebhooks } = await import('./lib/sandbox-lenders.mjs');
  const lenderConnections = await step('enable live connections to the sandbox lenders', () =>
    enableLenderConnections(databaseUrl(infra.mysqlUrl, 'los', serviceByName('offer-service'))),
  );
  const secrets = localSecrets(DEV_SECRETS);
  const apps = await step('start apps and wait for /health/ready', () =>
    Promise.all(SERVICES.map((service) => startApp(ROOT, service, infra, { stateDir: STATE_DIR, secrets }))),
  );
  state.processes.push(...apps.map((a) => ({ name: a.name, pid: a.pid, kind: 'app', cmdline: commandLineOf(a.pid) })));
  writeState(state);
  const urlOf = (name) => apps.find((app) => app.name === name).url;
  await step("aim the sandbox lenders' webhooks at the gateway", () =>
    pointLenderWebhooks(urlOf('sandbox'), urlOf('gateway'), lenderConnections),
  );

  console.log(`\nThe suite is up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
  for (const app of apps) console.log(`  ${app.name.padEnd(22)} ${app.url}   (health: ${app.url}/health/ready)`);
  console.log(`  API docs: ${apps[0].url}/docs   first admin: ${secrets.ADMIN_EMAIL} / ${secrets.ADMIN_PASSWORD}`);
  console.log(`  Mongo ${infra.mongoUrl}, S3 ${infra.s3Endpoint} bucket ${infra.s3Bucket}, logs in .stack/logs/`);
  console.log(`  Mail: SMTP ${infra.smtpHost}:${infra.smtpPort}, received mails at ${infra.mailApiUrl}`);
  console.log(`  Browser apps (CORS) allowed from: ${DEV_CORS_ORIGINS.join(', ')}`);
  console.log('Stop it with: npm run stack:down');
}

/** ADMIN_EMAIL, ADMIN_PASSWORD and JWT_SECRET from the environment, else development values (a JWT secret kept per checkout). */
function localSecrets(defaults) {
  const secretFile = join(STATE_DIR, 'jwt-secret');
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return {
    JWT_SECRET: process.env.JWT_SECRET ?? readFileSync(secretFile, 'utf8'),
    ADMIN_EMAIL: process.env.ADMIN_EMAIL ?? defaults.ADMIN_EMAIL,
    ADMIN_PASSWORD: process.env.ADMIN_PASSWORD ?? defaults.ADMIN_PASSWORD,
  };
}

/** The recorded processes still running what was started; the others are named and left alone. */
function stillOursReported(processes) {
  const { ours, others } = stillOurs(processes);
  for (const p of others) console.log(`  not signalled: ${p.name} (pid ${p.pid}) no longer runs what npm run stack started`);
  return ours;
}

async function down() {
  const state = readState();
  const ours = stillOursReported(state.processes);
  await step(`stop ${ours.length} processes started by npm run stack`, () => stopPids(ours.map((p) => p.pid)));
  rmSync(STATE_FILE, { force: true });
}

(process.argv[2] === 'down' ? down() : up()).catch(exitOnFailure);
