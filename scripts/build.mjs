// Compiles apps, libs and tests with tsc, then rewrites the @los/* aliases to relative ESM paths.
// `node scripts/build.mjs --outDir /tmp/x` builds elsewhere (parallel work, benchmarks).
import { spawnSync } from 'node:child_process';

const outIdx = process.argv.indexOf('--outDir');
const outDir = outIdx > 0 ? process.argv[outIdx + 1] : 'dist';
const run = (bin, args) => spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' }).status;

const tscStatus = run('node_modules/typescript/bin/tsc', [
  '-p', 'tsconfig.json', '--outDir', outDir, '--tsBuildInfoFile', `${outDir}/.tsbuildinfo`,
]);
const aliasStatus = run('node_modules/tsc-alias/dist/bin/index.js', ['-p', 'tsconfig.json', '--outDir', outDir]);
process.exit(tscStatus || aliasStatus);
