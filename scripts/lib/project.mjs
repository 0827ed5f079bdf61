// Installing dependencies and compiling: the first two steps of both `npm run stack` and `npm test`.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { StepError } from './steps.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');

export function installIfNeeded() {
  const marker = `${ROOT}/node_modules/.package-lock.json`;
  const fresh = existsSync(marker) && statSync(marker).mtimeMs >= statSync(`${ROOT}/package-lock.json`).mtimeMs;
  if (fresh) return 'already installed';
  run('npm', ['ci', '--no-audit', '--no-fund'], 'check network access to the npm registry, then run `npm ci`');
  return 'installed';
}

export function build() {
  run(process.execPath, ['scripts/build.mjs'], 'fix the TypeScript errors printed above');
}

function run(command, args, fix) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new StepError(`${command} ${args.join(' ')} exited with ${result.status}`, fix);
}
