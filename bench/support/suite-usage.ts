import type { TestSuite } from '../../test/support/test-suite.js';
import { mongoServerParty, pidByName, processParty, type MeasuredParty } from './process-usage.js';

/**
 * CPU and RSS of the LOS services of a suite and the shared databases (MariaDB, FerretDB and its PostgreSQL: shared
 * with anything else on this machine, so their share is an upper bound); the sandbox stands for third parties and is
 * left out.
 */
export class SuiteUsage {
  private constructor(private readonly parties: MeasuredParty[]) {}

  static async of(suite: TestSuite): Promise<SuiteUsage> {
    const services = suite.apps.filter((app) => app.service !== 'sandbox').map((app) => processParty(app.service, app.pid));
    return new SuiteUsage([
      ...services,
      processParty('MariaDB', await pidByName('mariadbd')),
      await mongoServerParty(suite.infra.mongoUrl),
    ]);
  }

  cpuNow(): Promise<number[]> {
    return Promise.all(this.parties.map((party) => party.cpuSeconds()));
  }

  /** CPU milliseconds per unit of work between two `cpuNow()` readings. */
  cpuPer(before: number[], after: number[], units: number, unit: string): string {
    const per = this.parties.map(({ name }, i) => `${name} ${(((after[i] - before[i]) / units) * 1_000).toFixed(1)}`);
    return `CPU ms per ${unit}: ${per.join(', ')} (sandbox excluded)`;
  }

  async rss(): Promise<string> {
    const figures = await Promise.all(this.parties.map(async (party) => `${party.name} ${(await party.rssMiB()).toFixed(0)} MiB`));
    return `RSS at the end: ${figures.join(', ')}`;
  }
}
