// A pid in .stack/state.json may belong to another program by now (pids are reused): before signalling
// one, check that it still runs the command line recorded when `npm run stack` started it.
import { readFileSync } from 'node:fs';

const readProcCmdline = (pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8');

/** The argv of a running process, or null when there is no such process. */
export function commandLineOf(pid, read = readProcCmdline) {
  try {
    return read(pid).split('\0').filter(Boolean);
  } catch {
    return null;
  }
}

/** True when `pid` runs exactly `recorded`; a process recorded without a command line is never assumed ours. */
export function isSameProcess(recorded, current) {
  return (
    Array.isArray(recorded) &&
    recorded.length > 0 &&
    Array.isArray(current) &&
    current.length === recorded.length &&
    recorded.every((arg, i) => arg === current[i])
  );
}

/** Splits recorded processes into those still running what was started and the rest (gone or reused). */
export function stillOurs(processes, read = readProcCmdline) {
  const ours = [];
  const others = [];
  for (const process of processes) (isSameProcess(process.cmdline, commandLineOf(process.pid, read)) ? ours : others).push(process);
  return { ours, others };
}
