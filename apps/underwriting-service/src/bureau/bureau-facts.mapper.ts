import { formatMoney, type BureauFacts } from '@los/contracts';

const RUPEES = /^\d{1,12}(\.\d{1,2})?$/;
const count = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 1_000;

/** The facts a decision uses from a bureau report, or null when the report is not one (a field missing or out of range). */
export function bureauFactsOf(body: unknown): BureauFacts | null {
  if (typeof body !== 'object' || body === null) return null;
  const r = body as Record<string, unknown>;
  const counts = [r.activeLoans, r.dpd30Last12m, r.dpd60Last12m, r.dpd90Last12m, r.enquiriesLast6m, r.writtenOffAccounts];
  const valid =
    Number.isInteger(r.score) &&
    (r.score as number) >= 300 &&
    (r.score as number) <= 900 &&
    counts.every(count) &&
    typeof r.activeEmiMonthly === 'string' &&
    RUPEES.test(r.activeEmiMonthly) &&
    typeof r.reportId === 'string' &&
    r.reportId.length > 0 &&
    r.reportId.length <= 100 &&
    typeof r.generatedAt === 'string' &&
    !Number.isNaN(Date.parse(r.generatedAt));
  if (!valid) return null;
  return {
    score: r.score as number,
    activeLoans: r.activeLoans as number,
    activeEmiMonthly: formatMoney(r.activeEmiMonthly),
    dpd30Last12m: r.dpd30Last12m as number,
    dpd60Last12m: r.dpd60Last12m as number,
    dpd90Last12m: r.dpd90Last12m as number,
    enquiriesLast6m: r.enquiriesLast6m as number,
    writtenOffAccounts: r.writtenOffAccounts as number,
    reportId: r.reportId as string,
    // The bureau's own date of the record: the same report gives the same snapshot.
    fetchedAt: new Date(r.generatedAt as string).toISOString(),
  };
}
