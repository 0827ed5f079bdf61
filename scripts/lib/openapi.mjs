// The gateway's OpenAPI document as a build artefact: written without a server, linted by Redocly
// (recommended) and Spectral (spectral:oas) with the repo's redocly.yaml and .spectral.yaml, and turned
// into the typed client's types (openapi-typescript) that test/e2e/api-client.e2e-spec.ts compiles against.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './project.mjs';
import { StepError } from './steps.mjs';

export const DOCUMENT = 'dist/openapi.json';
export const CLIENT_TYPES = 'test/generated/gateway-api.d.ts';
const WRITER = 'dist/apps/gateway/src/docs/write-openapi.js';

// Both linters run offline: no telemetry, no update check, no remote rulesets.
const OFFLINE = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_UPDATE_NOTIFIER: '1' };

function run(args, what, fix) {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: OFFLINE });
  if (result.status !== 0) throw new StepError(`${what} failed (exit ${result.status})`, fix);
}

/** Writes dist/openapi.json from the built gateway (run the build first). */
export function writeDocument() {
  if (!existsSync(join(ROOT, WRITER))) throw new StepError(`${WRITER} is missing`, 'build first: node scripts/build.mjs');
  run([WRITER, DOCUMENT], 'writing the OpenAPI document', 'see the error above');
}

export function lintDocument() {
  run(
    ['node_modules/@redocly/cli/bin/cli.js', 'lint', DOCUMENT, '--config=redocly.yaml'],
    'Redocly lint',
    'fix the routes it names (redocly.yaml)',
  );
  run(
    ['node_modules/@stoplight/spectral-cli/dist/index.js', 'lint', DOCUMENT, '--ruleset=.spectral.yaml', '--fail-severity=error'],
    'Spectral lint',
    'fix the routes it names (.spectral.yaml)',
  );
}

/**
 * Generates the client types from the document. `check`: fail when the committed file differs, so a
 * server change that the client has not seen fails CI; otherwise write it (then rebuild and commit it).
 */
export async function generateClientTypes({ check = false } = {}) {
  const { default: openapiTS, astToString, COMMENT_HEADER } = await import('openapi-typescript');
  const document = JSON.parse(readFileSync(join(ROOT, DOCUMENT), 'utf8'));
  const header = `${COMMENT_HEADER}// Generated from the gateway's OpenAPI document by \`npm run openapi\`; do not edit.\n\n`;
  const types = header + astToString(await openapiTS(document, { alphabetize: true }));
  const path = join(ROOT, CLIENT_TYPES);
  const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (committed === types) return 'up to date';
  if (check)
    throw new StepError(`${CLIENT_TYPES} is not what the document generates`, 'run `npm run openapi`, rebuild and commit the file');
  writeFileSync(path, types);
  return 'written';
}
