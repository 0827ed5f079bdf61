// In-process throughput of full 36-month quotes (schedule, fees and APR) on one core: the quote
// alone, then mapped to the JSON the offer service returns.
import { type EmiQuoteInput, quoteLoan, toEmiQuoteJson } from '../apps/offer-service/src/emi/index.js';

const WARM_UP_MS = 1_000;
const MEASURE_MS = 3_000;
const BATCH = 50;

// A typical personal loan; the principal moves by a rupee so consecutive quotes differ.
const nthLoan = (index: number): EmiQuoteInput => ({
  principal: 500_000 + (index % 1_000),
  annualRatePercent: 14.5,
  tenureMonths: 36,
  processingFeePercent: 2,
  processingFeeFlat: 500,
});

const scheduleLength = (index: number) => quoteLoan(nthLoan(index)).schedule.length;
const jsonScheduleLength = (index: number) => toEmiQuoteJson(quoteLoan(nthLoan(index))).schedule.length;

function quoteFor(durationMs: number, quote: (index: number) => number): { schedules: number; elapsedMs: number; checksum: number } {
  let schedules = 0;
  let checksum = 0;
  const started = performance.now();
  while (performance.now() - started < durationMs) {
    for (let i = 0; i < BATCH; i++) checksum += quote(schedules + i);
    schedules += BATCH;
  }
  return { schedules, elapsedMs: performance.now() - started, checksum };
}

for (const [label, quote] of [
  ['', scheduleLength],
  [', as JSON', jsonScheduleLength],
] as const) {
  quoteFor(WARM_UP_MS, quote);
  const { schedules, elapsedMs, checksum } = quoteFor(MEASURE_MS, quote);
  if (checksum !== schedules * 36) throw new Error('a quote lost rows');
  console.log(`emi schedule (36 months, with APR${label}): ${Math.round((schedules * 1000) / elapsedMs)} schedules/s`);
}
