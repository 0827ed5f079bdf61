import { spawn } from 'node:child_process';
import { mkdirSync, openSync, closeSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { waitFor } from './wait.mjs';

/**
 * Spawns a process that outlives the caller, with stdout and stderr appended to `logFile`.
 * `exited()` tells a waiting caller that the process already died, so it can fail fast.
 */
export function spawnDetached(command, args, { logFile, cwd, env }) {
  mkdirSync(dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'a');
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  let exitCode;
  child.once('exit', (code, signal) => {
    exitCode = code ?? signal;
  });
  child.once('error', (err) => {
    exitCode = err.code ?? 'spawn error';
  });
  child.unref();
  return { pid: child.pid, exited: () => exitCode !== undefined, exitCode: () => exitCode };
}

/** Waits until `answers()` is true; on failure kills the process and throws with the log's tail. */
export async function awaitReady(proc, answers, { what, logFile, timeoutMs = 30_000 }) {
  try {
    await waitFor(
      async () => {
        if (proc.exited()) throw new Error(`${what} exited early (${proc.exitCode()})`);
        return answers();
      },
      { timeoutMs, what },
    );
  } catch (err) {
    if (!proc.exited()) killQuietly(proc.pid);
    throw new Error(`${err.message}; log ${logFile}:\n${logTail(logFile)}`);
  }
}

function killQuietly(pid) {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

function logTail(logFile, lines = 20) {
  try {
    return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
