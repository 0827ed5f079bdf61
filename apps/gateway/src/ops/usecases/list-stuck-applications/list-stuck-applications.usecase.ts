import { Injectable } from '@nestjs/common';
import { DwellLimitPolicy } from '../../dwell-limits/dwell-limit.policy.js';
import { toStuckApplicationView } from '../../stuck-application.mapper.js';
import type { StuckApplicationListView } from '../../stuck-application.view.js';
import { StuckApplicationsRepository, type ApplicationDwell } from '../../stuck-applications.repository.js';

/** Applications past their status's dwell limit, longest in their status first, with the command each waits on. */
@Injectable()
export class ListStuckApplicationsUseCase {
  constructor(
    private readonly policy: DwellLimitPolicy,
    private readonly repository: StuckApplicationsRepository,
  ) {}

  async execute(limit: number, now = new Date()): Promise<StuckApplicationListView> {
    const rules = this.policy.rules();
    // Each rule's own oldest `limit` are enough to find the overall oldest `limit`.
    const perRule = await Promise.all(
      rules.map(async (rule) => (await this.repository.findPastRule(rule, now, limit)).map((dwell) => ({ dwell, limitMs: rule.limitMs }))),
    );
    const oldest = perRule
      .flat()
      .sort((a, b) => byLongestInStatus(a.dwell, b.dwell))
      .slice(0, limit);
    const commands = await this.repository.findOpenCommands(oldest.map(({ dwell }) => dwell.id));
    return {
      items: oldest.map(({ dwell, limitMs }) => toStuckApplicationView(dwell, limitMs, commands.get(dwell.id), now)),
      limit,
    };
  }
}

function byLongestInStatus(a: ApplicationDwell, b: ApplicationDwell): number {
  return a.since.getTime() - b.since.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
