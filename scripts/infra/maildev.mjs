import { resolve } from 'node:path';
import { awaitReady, spawnDetached } from './detached.mjs';
import { assertPortFree } from './net.mjs';

const CLI = resolve(import.meta.dirname, '../../node_modules/maildev/dist/bin/maildev.js');

/**
 * Starts maildev (a devDependency) detached: an SMTP server on 127.0.0.1:`smtpPort` that keeps every mail in memory,
 * and its web UI and REST API (GET /api/email lists the mails) on 127.0.0.1:`webPort`.
 */
export async function startMaildev({ smtpPort, webPort, logFile, timeoutMs = 30_000 }) {
  await assertPortFree(smtpPort, `maildev SMTP on port ${smtpPort}`);
  await assertPortFree(webPort, `maildev web on port ${webPort}`);
  const args = [CLI, '--smtp', String(smtpPort), '--web', String(webPort), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1'];
  const proc = spawnDetached(process.execPath, args, { logFile });
  const apiUrl = `http://127.0.0.1:${webPort}`;
  await awaitReady(proc, () => mailApiAnswers(apiUrl), { what: `maildev on ports ${smtpPort}/${webPort}`, logFile, timeoutMs });
  return { pid: proc.pid, apiUrl };
}

/** True when maildev's REST API answers at `apiUrl`. */
export async function mailApiAnswers(apiUrl, timeoutMs = 1500) {
  try {
    const response = await fetch(`${apiUrl}/api/email`, { signal: AbortSignal.timeout(timeoutMs) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
