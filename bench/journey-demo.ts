// `npm run demo`: the whole suite started in its own databases, and four applicants driven over HTTP from lead to
// DISBURSED, one through each sandbox lender: two straight through, one referred by our credit decision (eight
// bureau enquiries) and approved at the underwriting desk, one whose first disbursal the lender refuses and
// ops re-initiate. Prints each applicant's timeline (from the gateway's status log) and a summary; exits 1 naming the
// step that failed. The timelines are the borrower's own (`GET /v1/applications/:id/timeline`).
import type { TestUser } from '../test/support/gateway-users.js';
import type { TestSuite } from '../test/support/test-suite.js';
import { lenderAdmin, startJourneySuite } from './support/journey-suite.js';
import { apiTimeline, ApiStatus, between, bureauPan, FINAL, LoanJourneys, type Applicant } from './support/loan-journeys.js';

const OCEAN_DISBURSE_ROUTE = 'POST /lenders/ocean/loan-applications/:id/disbursements';
const seconds = (ms: number | undefined) => (ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`);

let suite: TestSuite | undefined;
let failed = false;
const startedAt = Date.now();
try {
  console.log('starting the suite (sandbox, gateway, kyc, offer, underwriting, disbursal services)...');
  suite = await startJourneySuite('demo');
  console.log(`suite up in ${seconds(Date.now() - startedAt)}; gateway at ${suite.app('gateway').url}`);
  const sandboxUrl = suite.app('sandbox').url;
  const borrower = await suite.users.applicant('demo');
  const underwriter = await suite.users.withRole('underwriter');
  const ops = await suite.users.withRole('ops');
  const journeys = new LoanJourneys(suite.app('sandbox').http, borrower, new ApiStatus(borrower));

  const straight = async (applicant: Applicant) => {
    const id = await journeys.toOffers(applicant);
    await journeys.accept(applicant, id);
    await journeys.wait(applicant, id, 'lender approval', (s) => s === 'APPROVED' || FINAL.has(s), 'APPROVED', 'APPROVED');
    await journeys.addBankAccount(applicant, id);
    await journeys.wait(applicant, id, 'disbursal', (s) => FINAL.has(s) || s === 'DISBURSAL_FAILED', 'DISBURSED', 'DISBURSED');
    return id;
  };

  const referred = async (applicant: Applicant) => {
    const id = await journeys.toOffers(applicant);
    await journeys.accept(applicant, id);
    await journeys.wait(
      applicant,
      id,
      'our credit decision refers',
      (s) => s === 'MANUAL_REVIEW' || FINAL.has(s),
      'MANUAL_REVIEW',
      'MANUAL_REVIEW',
    );
    await journeys.step(applicant, 'underwriter claims and approves', () => approveAtDesk(underwriter, id));
    await journeys.wait(applicant, id, 'lender approval', (s) => s === 'APPROVED' || FINAL.has(s), 'APPROVED', 'APPROVED');
    await journeys.addBankAccount(applicant, id);
    await journeys.wait(applicant, id, 'disbursal', (s) => FINAL.has(s) || s === 'DISBURSAL_FAILED', 'DISBURSED', 'DISBURSED');
    return id;
  };

  const failsOnce = async (applicant: Applicant) => {
    const id = await journeys.toOffers(applicant);
    await journeys.accept(applicant, id);
    await journeys.wait(applicant, id, 'lender approval', (s) => s === 'APPROVED' || FINAL.has(s), 'APPROVED', 'APPROVED');
    // A refusal (422) of the disbursal request: a failure the sandbox lenders' `disbursal-script` reports instead
    // stays the loan's one disbursement, which every later request is answered with, so no re-initiation could pay.
    await journeys.step(applicant, 'make the lender refuse the next disbursal', () =>
      lenderAdmin(sandboxUrl, 'PUT', 'ocean/admin/faults', { mode: 'reject', failNext: 1, route: OCEAN_DISBURSE_ROUTE }),
    );
    await journeys.addBankAccount(applicant, id);
    await journeys.wait(
      applicant,
      id,
      'disbursal fails',
      (s) => s === 'DISBURSAL_FAILED' || FINAL.has(s),
      'DISBURSAL_FAILED',
      'DISBURSAL_FAILED',
    );
    await journeys.step(applicant, 'ops re-initiate the disbursal', () => reinitiate(ops, id));
    await journeys.wait(
      applicant,
      id,
      'disbursal after re-initiation',
      (s) => FINAL.has(s) || s === 'DISBURSAL_FAILED',
      'DISBURSED',
      'DISBURSED',
    );
    return id;
  };

  const plan: [Applicant, (a: Applicant) => Promise<string>, string][] = [
    [journeys.applicant('Asha Verma', 'AURUM_PRIME', bureauPan(0), 'Asha Verma'), straight, 'straight through'],
    [journeys.applicant('Ravi Kumar', 'VISTAAR_CREDIT', bureauPan(1), 'Ravi Kumar'), straight, 'straight through'],
    [journeys.applicant('Meera Iyer', 'UDYAM_FINSERV', bureauPan(2, 'ZZEP'), 'Meera Iyer'), referred, 'referred, approved at the desk'],
    [journeys.applicant('Kabir Shah', 'SETU_MICROLOANS', bureauPan(3), 'Kabir Shah'), failsOnce, 'disbursal refused, re-initiated by ops'],
  ];
  console.log(`driving ${plan.length} applicants at once...`);
  const outcomes = await Promise.allSettled(plan.map(([applicant, run]) => run(applicant)));
  const ids = plan.flatMap(([applicant]) => (applicant.applicationId ? [applicant.applicationId] : []));
  const logs = new Map(await Promise.all(ids.map(async (id) => [id, await apiTimeline(borrower, id)] as const)));

  console.log('\nTIMELINES (time since the application was created)');
  for (const [index, [applicant, , story]] of plan.entries()) {
    const outcome = outcomes[index];
    console.log(`\n${applicant.label} · ${applicant.partnerCode} · ${story}`);
    if (outcome.status === 'rejected')
      console.log(`  FAILED: ${outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason)}`);
    if (!applicant.applicationId) continue;
    console.log(`  application ${applicant.applicationId}`);
    for (const entry of logs.get(applicant.applicationId) ?? [])
      console.log(`  ${seconds(entry.sinceCreatedMs).padStart(8)}  ${entry.status.padEnd(20)} by ${entry.actor}`);
  }

  console.log('\nSUMMARY');
  console.log(
    `  ${'applicant'.padEnd(12)} ${'lender'.padEnd(16)} ${'result'.padEnd(10)} created→APPROVED  accept→APPROVED  created→DISBURSED`,
  );
  for (const [index, [applicant]] of plan.entries()) {
    const outcome = outcomes[index];
    const log = logs.get(applicant.applicationId ?? '') ?? [];
    console.log(
      `  ${applicant.label.padEnd(12)} ${applicant.partnerCode.padEnd(16)} ${(outcome.status === 'fulfilled' ? 'DISBURSED' : 'FAILED').padEnd(10)} ` +
        `${seconds(between(log, 'created', 'APPROVED')).padStart(16)} ${seconds(between(log, 'OFFER_ACCEPTED', 'APPROVED')).padStart(16)} ` +
        `${seconds(between(log, 'created', 'DISBURSED')).padStart(18)}`,
    );
  }
  const metrics = await ops.http.get('/v1/admin/metrics/time-to-approval');
  if (metrics.status === 200) {
    const paths = (['all', 'automatic', 'manual'] as const).map((path) => {
      const { count, p50Seconds } = metrics.body[path] as { count: number; p50Seconds: number | null };
      return `${path} ${count} (p50 ${p50Seconds ?? '-'} s)`;
    });
    console.log(`  ops metric GET /v1/admin/metrics/time-to-approval: approved ${paths.join(', ')}`);
  }
  const failures = outcomes.filter((outcome) => outcome.status === 'rejected');
  console.log(
    `\n${plan.length - failures.length} of ${plan.length} applicants DISBURSED in ${seconds(Date.now() - startedAt)} (suite start included)`,
  );
  if (failures.length) {
    failed = true;
    for (const failure of failures) console.error(`DEMO FAILED: ${(failure as PromiseRejectedResult).reason?.message ?? failure}`);
  }
} catch (error) {
  failed = true;
  console.error(`DEMO FAILED: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await suite?.stop();
}
process.exit(failed ? 1 : 0);

/** The underwriting desk: the referred case claimed, then approved with a reason and a note. */
async function approveAtDesk(underwriter: TestUser, id: string): Promise<void> {
  // The review is opened in the transaction that refers the application; the queue shows it at once.
  const claimed = await underwriter.http.post(`/v1/underwriting-reviews/${id}/claim`, {});
  if (claimed.status !== 200) throw new Error(`claim: ${claimed.status} ${JSON.stringify(claimed.body)}`);
  const decided = await underwriter.http.post(`/v1/underwriting-reviews/${id}/decide`, {
    decision: 'APPROVE',
    reasonCodes: ['INCOME_VERIFIED'],
    note: 'The enquiries were for one home loan, since closed',
  });
  if (decided.status !== 200) throw new Error(`decide: ${decided.status} ${JSON.stringify(decided.body)}`);
}

/** Ops re-initiate a failed disbursal once its cause is fixed (the sandbox's script was one-shot). */
async function reinitiate(ops: TestUser, id: string): Promise<void> {
  const retried = await ops.http.post(`/v1/ops/applications/${id}/disbursal/retry`, {});
  if (retried.status !== 202) throw new Error(`${retried.status} ${JSON.stringify(retried.body)}`);
}
