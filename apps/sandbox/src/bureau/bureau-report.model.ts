import { createHash } from 'node:crypto';
import { ADVERSE_PAN, AdverseFact, MAGIC_PAN } from './bureau-magic-pans.constants.js';
import { bureauScoreOf, maskPan } from './bureau-score.model.js';

export interface BureauAccount {
  type: 'PERSONAL_LOAN' | 'CREDIT_CARD' | 'TWO_WHEELER_LOAN';
  /** Rupees, two decimals. */
  emiMonthly: string;
  status: 'ACTIVE' | 'WRITTEN_OFF';
}

/** A bureau report as the sandbox answers it: the same for a PAN on the same day. */
export interface BureauReport {
  pan: string;
  reportId: string;
  /** The day the bureau last refreshed the record (UTC midnight): what a snapshot of it is taken on. */
  generatedAt: string;
  score: number;
  accounts: BureauAccount[];
  activeLoans: number;
  activeEmiMonthly: string;
  dpd30Last12m: number;
  dpd60Last12m: number;
  dpd90Last12m: number;
  enquiriesLast6m: number;
  writtenOffAccounts: number;
}

const TYPES: readonly BureauAccount['type'][] = ['PERSONAL_LOAN', 'CREDIT_CARD', 'TWO_WHEELER_LOAN'];

/**
 * The credit report of a PAN. Ordinary and magic-score PANs get a clean one (no delinquency, nothing written off, at
 * most two enquiries, at most two modest EMIs; magic-score PANs no loans at all), so journeys built on them are
 * approved; adverse magic PANs (`ADVERSE_PAN`) carry the one fact they name.
 */
export function bureauReportOf(pan: string, now = new Date()): BureauReport {
  const hash = createHash('sha256').update(`report:${pan}`).digest();
  const magic = MAGIC_PAN.test(pan);
  const adverse = ADVERSE_PAN.exec(pan)?.[1] as AdverseFact | undefined;
  const loans = magic || adverse ? 0 : hash[0]! % 3;
  const accounts: BureauAccount[] = Array.from({ length: loans }, (_, i) => ({
    type: TYPES[hash[1 + i]! % TYPES.length]!,
    emiMonthly: `${1_500 + (hash.readUInt16BE(4 + 2 * i) % 26) * 100}.00`,
    status: 'ACTIVE',
  }));
  if (adverse === AdverseFact.WrittenOff) accounts.push({ type: 'PERSONAL_LOAN', emiMonthly: '0.00', status: 'WRITTEN_OFF' });
  const active = accounts.filter((a) => a.status === 'ACTIVE');
  const dpd90 = adverse === AdverseFact.Dpd90 ? 1 : 0;
  return {
    pan: maskPan(pan),
    reportId: `RPT-${hash.subarray(8, 16).toString('hex').toUpperCase()}`,
    generatedAt: `${now.toISOString().slice(0, 10)}T00:00:00.000Z`,
    score: bureauScoreOf(pan),
    accounts,
    activeLoans: active.length,
    activeEmiMonthly: `${active.reduce((sum, a) => sum + Number.parseInt(a.emiMonthly, 10), 0)}.00`,
    // A payment 90+ days late was also 30 and 60 days late on its way there.
    dpd30Last12m: dpd90,
    dpd60Last12m: dpd90,
    dpd90Last12m: dpd90,
    enquiriesLast6m: adverse === AdverseFact.ManyEnquiries ? 8 : magic || adverse ? 1 : hash[12]! % 3,
    writtenOffAccounts: adverse === AdverseFact.WrittenOff ? 1 : 0,
  };
}
