// Writes the name lexicon's TS module from its data files, compiles apps, libs and tests with tsc, then rewrites the @los/* aliases to relative ESM paths.
// `node scripts/build.mjs --outDir /tmp/x` builds elsewhere (parallel work, benchmarks).
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';

const outIdx = process.argv.indexOf('--outDir');
const outDir = outIdx > 0 ? process.argv[outIdx + 1] : 'dist';
const run = (bin, args) => spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' }).status;

// Builds into one directory take turns: concurrent incremental builds would corrupt its build info.
const lock = `${outDir}.build-lock`;
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
for (;;) {
  try {
    mkdirSync(lock);
    break;
  } catch {
    try {
      if (Date.now() - statSync(lock).mtimeMs > 180_000) rmSync(lock, { recursive: true, force: true });
    } catch {
      /* released meanwhile */
    }
    sleep(200);
  }
}
try {
  const lexiconStatus = run('scripts/build-name-lexicon.mjs', []);
  const tscStatus = run('node_modules/typescript/bin/tsc', [
    '-p',
    'tsconfig.json',
    '--outDir',
    outDir,
    '--tsBuildInfoFile',
    `${outDir}/.tsbuildinfo`,
  ]);
  const aliasStatus = run('node_modules/tsc-alias/dist/bin/index.js', ['-p', 'tsconfig.json', '--outDir', outDir]);
  process.exitCode = lexiconStatus || tscStatus || aliasStatus;
} finally {
  rmSync(lock, { recursive: true, force: true });
}
