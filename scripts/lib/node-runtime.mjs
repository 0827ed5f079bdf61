// The Node the project declares (package.json engines; the exact release in .node-version). When the running node is
// older, the same release comes from the npm registry's node-<platform>-<arch> package, unpacked once into
// ~/.cache/los/ (the registry is reachable where nodejs.org downloads are not).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const PROJECT_NODE = readFileSync(join(ROOT, '.node-version'), 'utf8').trim();
export const MINIMUM_NODE = '22.12';
const MINIMUM = MINIMUM_NODE.split('.').map(Number);

/** Whether `version` (e.g. 22.23.5) meets the declared engine, >= 22.12. */
export function meetsEngine(version = process.versions.node) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1]);
}

/** The directory holding a `node` that meets the engine: the running one's, else the cached .node-version release. */
export function projectNodeBinDir({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (meetsEngine()) return dirname(process.execPath);
  const pkg = `node-${process.platform}-${process.arch}`;
  const cacheHome = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  const dir = join(cacheHome, 'los', `${pkg}-${PROJECT_NODE}`);
  const binDir = join(dir, 'bin');
  if (existsSync(join(binDir, 'node'))) return binDir;

  log(`Node ${process.versions.node} is older than the declared ${MINIMUM_NODE}: fetching ${pkg}@${PROJECT_NODE} into ${dir}`);
  // Unpack beside the target and rename, so a concurrent caller never runs a half-written binary.
  const partial = `${dir}.${process.pid}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    execFileSync('npm', ['pack', `${pkg}@${PROJECT_NODE}`, '--pack-destination', partial, '--loglevel=error'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tarball = readdirSync(partial).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack ${pkg}@${PROJECT_NODE} produced no tarball`);
    execFileSync('tar', ['-xzf', join(partial, tarball), '-C', partial]);
    const version = execFileSync(join(partial, 'package', 'bin', 'node'), ['--version'], { encoding: 'utf8' }).trim();
    if (version !== `v${PROJECT_NODE}`) throw new Error(`${pkg}@${PROJECT_NODE} holds node ${version}`);
    if (!existsSync(join(binDir, 'node'))) renameSync(join(partial, 'package'), dir);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  return binDir;
}

/** `process.env` with the project's node first on PATH, so `npm` and `node` children run on it too. */
export function envWithProjectNode(binDir, env = process.env) {
  return { ...env, PATH: [binDir, env.PATH].filter(Boolean).join(delimiter) };
}

/**
 * Resolves when the running node meets the engine. Otherwise runs this same script again on the project's node,
 * forwards termination signals to it, exits with its status, and never resolves.
 */
export function ensureProjectNode() {
  if (meetsEngine()) return Promise.resolve();
  const binDir = projectNodeBinDir();
  process.stderr.write(`Node ${process.versions.node} is older than ${MINIMUM_NODE}: running again on ${join(binDir, 'node')}\n`);
  const child = spawn(join(binDir, 'node'), process.argv.slice(1), { stdio: 'inherit', env: envWithProjectNode(binDir) });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return new Promise(() => {});
}
