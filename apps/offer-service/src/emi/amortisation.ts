import { type Decimal, fromPaise, paiseOf, ppmOf } from './money.js';
import { mulDivRoundHalfUp } from './paise.js';

// r = ppm / (1200 × 10,000): the monthly interest in paise is balance × ppm / 12,000,000 exactly.
const MONTHLY_RATE_DIVISOR = 12_000_000;

/** One month of the schedule. Amounts are kept in paise and read as decimals. */
export class ScheduleRow {
  constructor(
    readonly installment: number,
    readonly openingPaise: number,
    /** The instalment actually paid this month (interest + principal). */
    readonly emiPaise: number,
    readonly interestPaise: number,
    readonly principalPaise: number,
    readonly closingPaise: number,
    /** `YYYY-MM-DD`, present when the loan was quoted with dates. */
    readonly dueDate?: string,
  ) {}

  get opening(): Decimal {
    return fromPaise(this.openingPaise);
  }

  get emi(): Decimal {
    return fromPaise(this.emiPaise);
  }

  get interest(): Decimal {
    return fromPaise(this.interestPaise);
  }

  get principal(): Decimal {
    return fromPaise(this.principalPaise);
  }

  get closing(): Decimal {
    return fromPaise(this.closingPaise);
  }
}

/**
 * Level-EMI reducing-balance rows with interest rounded half-up each month. The last row pays
 * the whole remaining balance, so principal sums to the loan and the closing balance is 0.00.
 * If rounding up the EMI repays the loan early, that month pays just the balance plus interest
 * and the months after it are zero rows.
 */
export function buildSchedule(principal: Decimal, annualRatePercent: Decimal, tenureMonths: number, emi: Decimal): ScheduleRow[] {
  return buildScheduleInPaise(paiseOf(principal), ppmOf(annualRatePercent), tenureMonths, paiseOf(emi));
}

/** `buildSchedule` on paise and ppm, with a due date per row when `dueDates` is given. */
export function buildScheduleInPaise(
  principalPaise: number,
  annualRatePpm: number,
  tenureMonths: number,
  emiPaise: number,
  dueDates?: readonly string[],
): ScheduleRow[] {
  // The balance never exceeds the principal (at most 10^10 paise) and ppm is at most 600,000, so
  // balance × ppm stays below 2^53 and every step is exact integer arithmetic on doubles.
  const rows: ScheduleRow[] = [];
  let opening = principalPaise;
  for (let installment = 1; installment <= tenureMonths; installment++) {
    const interest = mulDivRoundHalfUp(opening, annualRatePpm, MONTHLY_RATE_DIVISOR);
    let principalPaid = emiPaise - interest;
    let closing = opening - principalPaid;
    let paid = emiPaise;
    if (installment === tenureMonths || closing < 0) {
      principalPaid = opening;
      closing = 0;
      paid = opening + interest;
    }
    rows.push(new ScheduleRow(installment, opening, paid, interest, principalPaid, closing, dueDates?.[installment - 1]));
    opening = closing;
  }
  return rows;
}
