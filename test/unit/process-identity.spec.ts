import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface ProcessIdentity {
  commandLineOf(pid: number, read?: (pid: number) => string): string[] | null;
  isSameProcess(recorded: unknown, current: string[] | null): boolean;
  stillOurs<T extends { pid: number; cmdline?: string[] | null }>(
    processes: T[],
    read?: (pid: number) => string,
  ): { ours: T[]; others: T[] };
}
const load = () => import(pathToFileURL(join(process.cwd(), 'scripts/lib/process-identity.mjs')).href) as Promise<ProcessIdentity>;

const APP = ['/usr/bin/node', '/repo/dist/apps/gateway/src/main.js'];
/** A fake /proc: pid → NUL-separated argv, as the kernel writes it. */
const proc = (table: Record<number, string[]>) => (pid: number) => {
  if (!table[pid]) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
  return `${table[pid].join('\0')}\0`;
};

describe('npm run stack:down: which recorded pids it may signal', () => {
  it('reads a command line from /proc, null for a process that is gone', async () => {
    const { commandLineOf } = await load();
    assert.deepEqual(commandLineOf(41, proc({ 41: APP })), APP);
    assert.equal(commandLineOf(42, proc({})), null);
    assert.ok(commandLineOf(process.pid)?.[0].includes('node'), 'reads the real /proc');
  });

  it('signals only processes still running what was started', async () => {
    const { stillOurs } = await load();
    const recorded = [
      { name: 'gateway', pid: 10, cmdline: APP },
      { name: 'kyc-service', pid: 11, cmdline: ['/usr/bin/node', '/repo/dist/apps/kyc-service/src/main.js'] },
      { name: 'redis', pid: 12, cmdline: ['redis-server', '--port', '6379'] },
      { name: 'old-state', pid: 13 },
    ];
    const { ours, others } = stillOurs(
      recorded,
      proc({ 10: APP, 11: ['/usr/bin/vim', 'notes.txt'], 13: ['/usr/bin/node', 'anything.js'] }),
    );
    assert.deepEqual(
      ours.map((p) => p.name),
      ['gateway'],
    );
    assert.deepEqual(
      others.map((p) => p.name),
      ['kyc-service', 'redis', 'old-state'],
      'a reused pid, a gone process and one recorded without a command line are left alone',
    );
  });

  it('compares whole argument lists, not prefixes', async () => {
    const { isSameProcess } = await load();
    assert.ok(isSameProcess(APP, [...APP]));
    assert.ok(!isSameProcess(APP, [...APP, '--inspect']));
    assert.ok(!isSameProcess(APP, APP.slice(0, 1)));
    assert.ok(!isSameProcess([], []));
    assert.ok(!isSameProcess(undefined, APP));
  });
});
