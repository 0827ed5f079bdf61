import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Builds the Go program in `sourceDir` once per hash of its `files` into the user cache (~/.cache/los/<name>-<hash>/),
 * so a fresh machine builds it once and every later run, CI's included, starts at once. Returns the binary path.
 */
export async function goBinary({ name, sourceDir, files, log = () => {}, note = '' }) {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(join(sourceDir, file)));
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const dir = join(cacheHome, 'los', `${name}-${hash.digest('hex').slice(0, 12)}`);
  const binary = join(dir, name);
  if (existsSync(binary)) return binary;

  log(`Building ${name} into ${dir}${note}...`);
  mkdirSync(dir, { recursive: true });
  // Build beside the target and rename, so a concurrent caller never runs a half-written file.
  const partial = `${binary}.${process.pid}.partial`;
  try {
    await promisify(execFile)('go', ['build', '-trimpath', '-ldflags=-s -w', '-o', partial, '.'], {
      cwd: sourceDir,
      env: { ...process.env, GOFLAGS: '-buildvcs=false' },
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    throw new Error(`go build of ${sourceDir} failed: ${err.stderr || err.message}`);
  }
  renameSync(partial, binary);
  log(`Built ${binary}`);
  return binary;
}
