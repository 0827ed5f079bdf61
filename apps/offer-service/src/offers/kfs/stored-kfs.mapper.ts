import { CURRENCY, formatMoney, type KeyFactStatement, type OfferTerms, type ScheduleRow } from '@los/contracts';

const TERM_AMOUNTS = ['amount', 'emi', 'processingFee', 'gstOnFees', 'netDisbursed'] as const;
const ROW_AMOUNTS = ['opening', 'emi', 'interest', 'principal', 'closing'] as const;

/**
 * A statement as stored at acceptance. Those stored before money went on the wire as strings hold JSON numbers
 * (and no due dates): they are shown in today's form, every amount read back to its exact two decimals.
 */
export function storedKfsOf(stored: KeyFactStatement): KeyFactStatement {
  if (stored.currency === CURRENCY) return stored;
  const terms: OfferTerms = { ...stored.terms, currency: CURRENCY };
  for (const field of TERM_AMOUNTS) terms[field] = formatMoney(stored.terms[field]);
  return {
    ...stored,
    currency: CURRENCY,
    terms,
    totalInterest: formatMoney(stored.totalInterest),
    totalPayable: formatMoney(stored.totalPayable),
    otherCharges: formatMoney(stored.otherCharges),
    schedule: stored.schedule.map((row) => {
      const wire: ScheduleRow = { ...row };
      for (const field of ROW_AMOUNTS) wire[field] = formatMoney(row[field]);
      return wire;
    }),
  };
}
