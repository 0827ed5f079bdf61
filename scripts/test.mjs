// `npm test`: unit, integration and end-to-end tests on this machine, starting whatever servers are missing.
// `npm test -- lint|openapi|unit|integration|e2e` runs one group; lint is ESLint (with the import boundaries) and Prettier;
// openapi writes the gateway's document, lints it (Redocly, Spectral) and checks the generated client types.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ensureProjectNode } from './lib/node-runtime.mjs';
import { build, installIfNeeded, ROOT } from './lib/project.mjs';
import { exitOnFailure, step } from './lib/steps.mjs';

const STATE_DIR = join(ROOT, '.stack/test');
const GROUPS = {
  unit: (file) => file.endsWith('.spec.js') && !file.includes('/test/integration/') && !file.includes('/test/e2e/'),
  integration: (file) => file.endsWith('.int-spec.js'),
  e2e: (file) => file.endsWith('.e2e-spec.js'),
};

function filesOf(group) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (GROUPS[group](path)) found.push(relative(ROOT, path));
    }
  };
  walk(join(ROOT, 'dist'));
  return found.sort();
}

function runLint() {
  const run = (bin, args) =>
    new Promise((resolve) => {
      spawn(process.execPath, [bin, ...args], { cwd: ROOT, stdio: 'inherit' }).on('exit', (code) => resolve(code));
    });
  return step('lint', async () => {
    const eslint = await run('node_modules/eslint/bin/eslint.js', ['--max-warnings=0', '.']);
    const prettier = await run('node_modules/prettier/bin/prettier.cjs', ['--check', '--log-level=warn', '.']);
    if (eslint || prettier) throw new Error('fix what ESLint or Prettier reported above (npx prettier --write . formats)');
  });
}

/** The OpenAPI document: written, both linters at zero errors, the committed client types what it generates. */
async function runOpenApi({ built = false } = {}) {
  const { generateClientTypes, lintDocument, writeDocument } = await import('./lib/openapi.mjs');
  if (!built) {
    await step('dependencies', installIfNeeded);
    await step('build', build);
  }
  await step('OpenAPI document', writeDocument);
  await step('OpenAPI lint (Redocly recommended, Spectral spectral:oas)', lintDocument);
  await step('generated client types are current', () => generateClientTypes({ check: true }));
}

function runGroup(group, env) {
  const files = filesOf(group);
  const tapFile = join(STATE_DIR, `${group}.tap`);
  const args = [
    '--test',
    '--test-concurrency=1',
    '--test-timeout=180000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tapFile}`,
    ...files,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('exit', (code) => {
      const tap = readFileSync(tapFile, 'utf8');
      const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
      resolve({ group, files: files.length, passed: count('pass'), failed: count('fail') + count('cancelled'), code });
    });
  });
}

async function main() {
  await ensureProjectNode();
  const only = process.argv[2];
  if (only === 'lint') return runLint();
  if (only === 'openapi') return runOpenApi();
  const groups = only ? [only] : ['unit', 'integration', 'e2e'];
  if (groups.some((g) => !GROUPS[g])) throw new Error(`unknown test group ${only}; use lint, openapi, unit, integration or e2e`);
  mkdirSync(STATE_DIR, { recursive: true });
  await step('dependencies', installIfNeeded);
  if (!only) await runLint();
  await step('build', build);
  if (!only) await runOpenApi({ built: true });

  let started = [];
  const env = { ...process.env, NODE_ENV: 'test' };
  if (groups.some((g) => g !== 'unit')) {
    const { ensureInfra } = await import('./lib/infra.mjs');
    const found = await ensureInfra({ stateDir: STATE_DIR });
    started = found.started;
    const { infra } = found;
    Object.assign(env, {
      LOS_TEST_MYSQL_URL: infra.mysqlUrl,
      LOS_TEST_REDIS_URL: infra.redisUrl,
      LOS_TEST_MONGO_URL: infra.mongoUrl,
      LOS_TEST_S3_ENDPOINT: infra.s3Endpoint,
      LOS_TEST_S3_BUCKET: infra.s3Bucket,
      LOS_TEST_S3_ACCESS_KEY_ID: infra.s3AccessKeyId,
      LOS_TEST_S3_SECRET_ACCESS_KEY: infra.s3SecretAccessKey,
      LOS_TEST_SMTP_HOST: infra.smtpHost,
      LOS_TEST_SMTP_PORT: String(infra.smtpPort),
      LOS_TEST_MAIL_API_URL: infra.mailApiUrl,
      MONGO_URL: infra.mongoUrl,
    });
  }

  const results = [];
  try {
    for (const group of groups) {
      console.log(`\n══ ${group} tests ══`);
      results.push(await runGroup(group, env));
    }
  } finally {
    if (started.length) {
      const { stopPids } = await import('./lib/apps.mjs');
      await stopPids(started.map((p) => p.pid));
    }
  }

  console.log('');
  for (const r of results) console.log(`${r.group.padEnd(12)} ${r.files} files, ${r.passed} passed, ${r.failed} failed`);
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  const broken = results.some((r) => r.code !== 0) || passed === 0;
  console.log(`\ntests: ${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || broken ? 1 : 0);
}

main().catch(exitOnFailure);
