import { Counter } from 'prom-client';
import { metricsRegistry } from '@los/common';

/** Each poll of a lender for a decision: `decided` (news reported), `undecided`, or the error that stopped it. */
export const decisionPollsTotal =
  (metricsRegistry.getSingleMetric('los_partner_decision_polls_total') as Counter<'partner' | 'outcome'> | undefined) ??
  new Counter({
    name: 'los_partner_decision_polls_total',
    help: 'Polls of lenders for decisions not heard by webhook',
    labelNames: ['partner', 'outcome'],
    registers: [metricsRegistry],
  });
