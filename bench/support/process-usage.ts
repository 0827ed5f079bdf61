import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux). */
const TICKS_PER_S = 100;

/** utime + stime of one process in seconds, from /proc/<pid>/stat (fields 14 and 15, after the parenthesised name). */
export async function cpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S;
}

/** Resident set size in MiB, from /proc/<pid>/status. */
export async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kib = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return kib / 1024;
}

/**
 * The first process whose /proc/<pid>/comm is `name` (a shared server such as mariadbd or ferretdb), if any; with
 * `argument`, the first whose command line also holds it (several ferretdb may run, one per listen address).
 */
export async function pidByName(name: string, argument?: string): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (comm.trim() !== name) continue;
    if (argument === undefined) return Number(entry);
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (cmdline.split('\0').some((arg) => arg.includes(argument))) return Number(entry);
  }
  return undefined;
}

/** Every process whose /proc/<pid>/comm is `name` (PostgreSQL runs one per connection). */
export async function pidsByName(name: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === name) found.push(Number(entry));
  }
  return found;
}

/** A measured party: one process, or a server made of several (FerretDB and the PostgreSQL it stores in). */
export interface MeasuredParty {
  name: string;
  cpuSeconds(): Promise<number>;
  rssMiB(): Promise<number>;
}

export function processParty(name: string, pid: number | undefined): MeasuredParty {
  return {
    name,
    cpuSeconds: () => (pid ? cpuSeconds(pid).catch(() => NaN) : Promise.resolve(NaN)),
    rssMiB: () => (pid ? rssMiB(pid).catch(() => NaN) : Promise.resolve(NaN)),
  };
}

/**
 * The Mongo-compatible server: FerretDB plus every PostgreSQL process when FerretDB stores in PostgreSQL (shared with
 * anything else using that PostgreSQL, so an upper bound). Processes are listed at each reading, so a connection that
 * closes between two readings takes its CPU with it; FerretDB keeps its pool open during a bench.
 */
export async function mongoServerParty(mongoUrl: string): Promise<MeasuredParty> {
  const ferret = await pidByName('ferretdb', `:${new URL(mongoUrl).port || 27017}`);
  const sum = async (read: (pid: number) => Promise<number>) => {
    const pids = [...(ferret ? [ferret] : []), ...(await pidsByName('postgres'))];
    const values = await Promise.all(pids.map((pid) => read(pid).catch(() => 0)));
    return pids.length ? values.reduce((a, b) => a + b, 0) : NaN;
  };
  // RSS is FerretDB's own: PostgreSQL's shared buffers would count once per connection process.
  const ownRss = () => (ferret ? rssMiB(ferret).catch(() => NaN) : Promise.resolve(NaN));
  return { name: 'FerretDB+PostgreSQL', cpuSeconds: () => sum(cpuSeconds), rssMiB: ownRss };
}
