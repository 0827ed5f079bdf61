import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { cpuSeconds, pidByName, rssMiB } from './process-usage.js';

describe('process usage from /proc', () => {
  it('counts CPU seconds this process spends', async () => {
    const before = await cpuSeconds(process.pid);
    const until = Date.now() + 300;
    while (Date.now() < until);
    const spent = (await cpuSeconds(process.pid)) - before;
    assert.ok(spent > 0.05 && spent < 5, `spent ${spent} s`); // well under the 0.3 s spun: the machine may be busy
  });

  it('reads the resident set size in MiB', async () => {
    const rss = await rssMiB(process.pid);
    const expected = process.memoryUsage().rss / 2 ** 20;
    assert.ok(Math.abs(rss - expected) < expected * 0.5, `rss ${rss} MiB, node says ${expected} MiB`);
  });

  it('finds a process by its name, and none for an unknown name', async () => {
    const own = (await readFile('/proc/self/comm', 'utf8')).trim();
    assert.notEqual(await pidByName(own), undefined);
    assert.equal(await pidByName('no-such-process-name'), undefined);
  });
});
