import { divideRoundingUp, type Decimal, roundPaisa, ZERO } from './money.js';

export interface ScheduleRow {
  readonly installment: number;
  /** `YYYY-MM-DD`, present when the loan was quoted with dates. */
  readonly dueDate?: string;
  readonly opening: Decimal;
  /** The instalment actually paid this month (interest + principal). */
  readonly emi: Decimal;
  readonly interest: Decimal;
  readonly principal: Decimal;
  readonly closing: Decimal;
}

/**
 * Level-EMI reducing-balance rows with interest rounded half-up each month. The last row pays
 * the whole remaining balance, so principal sums to the loan and the closing balance is 0.00.
 * If rounding up the EMI repays the loan early, that month pays just the balance plus interest
 * and the months after it are zero rows.
 */
export function buildSchedule(principal: Decimal, annualRatePercent: Decimal, tenureMonths: number, emi: Decimal): ScheduleRow[] {
  // r to 20 digits, rounded up. With balances in paise and rates of at most 4 decimals, an interest
  // is either exactly on a half paisa (1,000.20 at 10% is 8.335), which must not compute a hair
  // low and round down, or over 8e-10 away from one: far beyond the 1e-12 error of this r.
  const monthlyRate = divideRoundingUp(annualRatePercent, 1200, 20);
  const rows: ScheduleRow[] = [];
  let opening = principal;
  for (let installment = 1; installment <= tenureMonths; installment++) {
    const interest = roundPaisa(opening.mul(monthlyRate));
    let principalPaid = emi.minus(interest);
    let closing = opening.minus(principalPaid);
    let paid = emi;
    if (installment === tenureMonths || closing.isNeg()) {
      principalPaid = opening;
      closing = ZERO;
      paid = opening.plus(interest);
    }
    rows.push({ installment, opening, emi: paid, interest, principal: principalPaid, closing });
    opening = closing;
  }
  return rows;
}
