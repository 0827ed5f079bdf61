import { formatPaise, paiseOf, type DisbursalKfsFigures } from '@los/contracts';

/** The KFS net disbursal: sanctioned amount minus processing fee and GST on it, in exact paise. */
export function netDisbursalOf(kfs: Omit<DisbursalKfsFigures, 'netDisbursal'>): string {
  return formatPaise(paiseOf(kfs.sanctionedAmount) - paiseOf(kfs.processingFee) - paiseOf(kfs.gstOnFees));
}

/** True when the figures hold together: the net named is the sanctioned amount less the fee and its GST, above zero. */
export function isConsistentKfs(kfs: DisbursalKfsFigures): boolean {
  const net = paiseOf(kfs.netDisbursal);
  return net > 0 && net === paiseOf(netDisbursalOf(kfs));
}

export type PaidAmountCheck = { matches: true } | { matches: false; reported: string; expected: string };

/** What a lender says it paid against what must be paid; a lender that names no amount is taken to have paid the request. */
export function checkPaidAmount(expected: string, reported: string | undefined): PaidAmountCheck {
  if (reported === undefined || paiseOf(reported) === paiseOf(expected)) return { matches: true };
  return { matches: false, reported: formatPaise(paiseOf(reported)), expected: formatPaise(paiseOf(expected)) };
}
