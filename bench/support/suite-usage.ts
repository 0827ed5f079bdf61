import type { TestSuite } from '../../test/support/test-suite.js';
import { cpuSeconds, pidByName, rssMiB } from './process-usage.js';

/**
 * CPU and RSS of the LOS services of a suite and the shared databases (MariaDB, FerretDB: shared with anything else on
 * this machine, so their share is an upper bound); the sandbox stands for third parties and is left out.
 */
export class SuiteUsage {
  private constructor(private readonly processes: { name: string; pid: number | undefined }[]) {}

  static async of(suite: TestSuite): Promise<SuiteUsage> {
    const services = suite.apps
      .filter((app) => app.service !== 'sandbox')
      .map((app) => ({ name: app.service, pid: app.pid as number | undefined }));
    return new SuiteUsage([
      ...services,
      { name: 'MariaDB', pid: await pidByName('mariadbd') },
      { name: 'FerretDB', pid: await pidByName('ferretdb') },
    ]);
  }

  cpuNow(): Promise<number[]> {
    return Promise.all(this.processes.map(({ pid }) => (pid ? cpuSeconds(pid).catch(() => NaN) : NaN)));
  }

  /** CPU milliseconds per unit of work between two `cpuNow()` readings. */
  cpuPer(before: number[], after: number[], units: number, unit: string): string {
    const per = this.processes.map(({ name }, i) => `${name} ${(((after[i] - before[i]) / units) * 1_000).toFixed(1)}`);
    return `CPU ms per ${unit}: ${per.join(', ')} (sandbox excluded)`;
  }

  async rss(): Promise<string> {
    const figures = await Promise.all(
      this.processes.map(async ({ name, pid }) => `${name} ${pid ? (await rssMiB(pid).catch(() => NaN)).toFixed(0) : '?'} MiB`),
    );
    return `RSS at the end: ${figures.join(', ')}`;
  }
}
