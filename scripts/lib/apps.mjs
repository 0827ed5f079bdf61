// Starting and stopping the suite's apps as detached processes with their logs under .stack/.
import { join } from 'node:path';
import { awaitReady, spawnDetached } from '../infra/detached.mjs';
import { assertPortFree } from '../infra/net.mjs';
import { mainOf, serviceEnv } from './services.mjs';

export async function startApp(root, service, infra, { stateDir, prefix = 'los', port, extra, secrets } = {}) {
  const env = { ...process.env, ...serviceEnv(service, infra, { prefix, port, extra, secrets }) };
  // Otherwise a leftover process on the port would answer the readiness check in its place.
  await assertPortFree(Number(env.HTTP_PORT), `${service.name} on port ${env.HTTP_PORT}`);
  const logFile = join(stateDir, 'logs', `${service.name}.log`);
  // e.g. LOS_APP_NODE_FLAGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the apps a bench starts.
  const flags = (process.env.LOS_APP_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  const proc = spawnDetached(process.execPath, [...(service.nodeFlags ?? []), ...flags, mainOf(root, service)], {
    logFile,
    cwd: root,
    env,
  });
  const healthUrl = `http://127.0.0.1:${env.HTTP_PORT}/health/ready`;
  await awaitReady(proc, () => answersOk(healthUrl), { what: `${service.name} on port ${env.HTTP_PORT}`, logFile, timeoutMs: 60_000 });
  return { name: service.name, pid: proc.pid, url: `http://127.0.0.1:${env.HTTP_PORT}` };
}

async function answersOk(url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL whatever is still alive after `graceMs`. */
export async function stopPids(pids, graceMs = 10_000) {
  const alive = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      /* gone */
    }
  }
  const deadline = Date.now() + graceMs;
  while (pids.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  for (const pid of pids.filter(alive)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}
