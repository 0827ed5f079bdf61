// In-process throughput of the underwriting engine: a generated 200-rule decision table (hit policy first),
// evaluated through DecisionEngine.decideWith as the evaluate flow will, with many evaluations in flight
// (zen-engine evaluates on libuv's worker threads, so concurrency uses both cores). No HTTP is involved,
// so the calibration floor of the HTTP benches does not apply here.
import os from 'node:os';
import { UnderwritingDecision } from '@los/contracts';
import { DecisionEngine } from '../apps/underwriting-service/src/decision-tables/decision-engine.js';
import type { DecisionTablesRepository } from '../apps/underwriting-service/src/decision-tables/decision-tables.repository.js';
import { buildDecisionTable, type TableRow } from '../apps/underwriting-service/src/decision-tables/seeds/jdm-table.builder.js';
import { findTableProblems } from '../apps/underwriting-service/src/decision-tables/validation/decision-table.validator.js';
import { underwritingInput } from '../apps/underwriting-service/src/testing/underwriting-input.fixture.js';

const RULES = 200;
const WARM_UP_MS = 1_000;
const MEASURE_MS = 4_000;
const IN_FLIGHT = Number(process.env.BENCH_IN_FLIGHT ?? 256);
const TARGET_PER_SECOND = 20_000;

const COLUMNS = [
  { id: 'score', name: 'Bureau score', field: 'bureau.score' },
  { id: 'foir', name: 'FOIR', field: 'foir' },
  { id: 'income', name: 'Monthly income', field: 'applicant.monthlyIncome' },
  { id: 'employment', name: 'Employment', field: 'applicant.employmentType' },
];

/** 199 distinct bands (10 scores × 5 FOIRs × 2 employments × 2 incomes), then the default row. */
function generatedRows(): TableRow[] {
  const rows: TableRow[] = [];
  for (let i = 0; rows.length < RULES - 1; i++) {
    const score = 600 + (i % 10) * 30;
    const foir = (Math.floor(i / 10) % 5) * 0.1;
    const employment = Math.floor(i / 50) % 2 === 0 ? 'SALARIED' : 'SELF_EMPLOYED';
    const minIncome = Math.floor(i / 100) === 0 ? 20_000 : 60_000;
    const decision = score < 650 ? 'REJECT' : foir >= 0.4 ? 'REFER' : 'APPROVE';
    rows.push({
      id: `band-${i}`,
      when: {
        score: `[${score}..${score + 29}]`,
        foir: `[${foir.toFixed(1)}..${(foir + 0.1).toFixed(1)})`,
        income: `>= ${minIncome}`,
        employment: `"${employment}"`,
      },
      decision,
      reasonCode: `BAND_${i}`,
      reasonText: `Band ${i}`,
      borrowerFacing: decision === 'REJECT',
    });
  }
  rows.push({ id: 'default', when: {}, decision: 'REFER', reasonCode: 'NO_BAND', reasonText: 'No band', borrowerFacing: false });
  return rows;
}

const table = { tableId: 'personal-loan:BENCH', version: 1, content: buildDecisionTable('bench', 'first', COLUMNS, generatedRows()) };
const problems = findTableProblems(table.content);
if (problems.length > 0) throw new Error(`the generated table is invalid: ${problems[0].message}`);

const INPUTS = Array.from({ length: 1_000 }, (_, i) =>
  underwritingInput('BENCH', {
    bureau: { score: 600 + ((i * 7) % 300) },
    foir: ((i % 50) / 100).toFixed(4),
    applicant: { monthlyIncome: `${30_000 + (i % 9) * 15_000}.00`, employmentType: i % 3 === 0 ? 'SELF_EMPLOYED' : 'SALARIED' },
  }),
);

const engine = new DecisionEngine({} as DecisionTablesRepository);

async function evaluateFor(durationMs: number) {
  let evaluations = 0;
  const decided: Record<string, number> = { APPROVE: 0, REFER: 0, REJECT: 0 };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    while (performance.now() - started < durationMs) {
      const outcome = await engine.decideWith(table, INPUTS[evaluations++ % INPUTS.length]);
      decided[outcome.decision]++;
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const elapsedMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { evaluations, elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000, decided };
}

await evaluateFor(WARM_UP_MS);
const { evaluations, elapsedMs, cpuMs, decided } = await evaluateFor(MEASURE_MS);
if (decided[UnderwritingDecision.Approve] === 0 || decided[UnderwritingDecision.Reject] === 0)
  throw new Error('the inputs did not reach the bands');
const perSecond = Math.round((evaluations * 1000) / elapsedMs);
// The machine is shared: evaluations per CPU-second (this process, worker threads included) do not depend on
// what else runs, and two of them are what two idle cores would give.
const perCpuSecond = Math.round((evaluations * 1000) / cpuMs);
console.log(`underwriting engine (${RULES}-rule table, hit policy first, ${IN_FLIGHT} in flight, ${JSON.stringify(decided)}):`);
console.log(`  ${perSecond} evaluations/s wall clock (load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`);
console.log(`  ${perCpuSecond} evaluations per CPU-second: about ${2 * perCpuSecond}/s on 2 idle cores (target ${TARGET_PER_SECOND}/s)`);
console.log('  in-process bench: the calibration floor of the HTTP benches (bench/support/calibration-floor.ts) does not apply');
