import { aprInBasisPoints } from './apr-rounding.js';
import { monthlyIsoDates } from './calendar-date.js';
import { buildScheduleInPaise, type ScheduleRow } from './amortisation.js';
import { brokenPeriodInterestInPaise } from './broken-period.js';
import { emiInPaise } from './emi.calculator.js';
import { type EmiQuoteInput, validateEmiInput } from './emi-input.js';
import { upfrontFeesInPaise } from './fees.js';
import { type Decimal, fromBasisPoints, fromPaise } from './money.js';
import { toPaise, toPpm } from './paise.js';

/** A quote's figures: amounts in paise (safe integers), the APR in basis points. */
export interface EmiQuoteFigures {
  readonly emiPaise: number;
  /** Interest column plus broken-period interest. */
  readonly totalInterestPaise: number;
  /** Every instalment actually paid, broken-period interest included. */
  readonly totalPayablePaise: number;
  readonly processingFeePaise: number;
  readonly gstOnFeesPaise: number;
  readonly otherChargesPaise: number;
  /** Collected with the first instalment, on top of its `emi`. */
  readonly brokenPeriodInterestPaise: number;
  readonly netDisbursedPaise: number;
  /** Percent per annum in hundredths: 1707 is 17.07%. */
  readonly aprBasisPoints: number;
  readonly schedule: readonly ScheduleRow[];
}

/** A priced loan: its figures, and each amount read as a decimal. */
export class EmiQuote implements EmiQuoteFigures {
  readonly emiPaise: number;
  readonly totalInterestPaise: number;
  readonly totalPayablePaise: number;
  readonly processingFeePaise: number;
  readonly gstOnFeesPaise: number;
  readonly otherChargesPaise: number;
  readonly brokenPeriodInterestPaise: number;
  readonly netDisbursedPaise: number;
  readonly aprBasisPoints: number;
  readonly schedule: readonly ScheduleRow[];

  constructor(figures: EmiQuoteFigures) {
    this.emiPaise = figures.emiPaise;
    this.totalInterestPaise = figures.totalInterestPaise;
    this.totalPayablePaise = figures.totalPayablePaise;
    this.processingFeePaise = figures.processingFeePaise;
    this.gstOnFeesPaise = figures.gstOnFeesPaise;
    this.otherChargesPaise = figures.otherChargesPaise;
    this.brokenPeriodInterestPaise = figures.brokenPeriodInterestPaise;
    this.netDisbursedPaise = figures.netDisbursedPaise;
    this.aprBasisPoints = figures.aprBasisPoints;
    this.schedule = figures.schedule;
  }

  get emi(): Decimal {
    return fromPaise(this.emiPaise);
  }

  get totalInterest(): Decimal {
    return fromPaise(this.totalInterestPaise);
  }

  get totalPayable(): Decimal {
    return fromPaise(this.totalPayablePaise);
  }

  get processingFee(): Decimal {
    return fromPaise(this.processingFeePaise);
  }

  get gstOnFees(): Decimal {
    return fromPaise(this.gstOnFeesPaise);
  }

  get otherCharges(): Decimal {
    return fromPaise(this.otherChargesPaise);
  }

  get brokenPeriodInterest(): Decimal {
    return fromPaise(this.brokenPeriodInterestPaise);
  }

  get netDisbursed(): Decimal {
    return fromPaise(this.netDisbursedPaise);
  }

  /** Percent per annum, 2 decimals. */
  get apr(): Decimal {
    return fromBasisPoints(this.aprBasisPoints);
  }
}

/** Validates the input, then prices the loan. Throws `EmiInputError` for a bad input. */
export function quoteLoan(input: EmiQuoteInput): EmiQuote {
  const terms = validateEmiInput(input);
  const { tenureMonths, firstEmi } = terms;
  const fees = upfrontFeesInPaise(terms);
  const principal = toPaise(terms.principal);
  const ratePpm = toPpm(terms.annualRatePercent);
  const emi = emiInPaise(principal, ratePpm, tenureMonths);
  const dueDates = firstEmi && monthlyIsoDates(firstEmi.date, tenureMonths);
  const schedule = buildScheduleInPaise(principal, ratePpm, tenureMonths, emi, dueDates);
  const brokenPeriod = firstEmi ? brokenPeriodInterestInPaise(principal, ratePpm, firstEmi.brokenPeriodDays) : 0;
  const instalments = new Float64Array(tenureMonths);
  let totalPayable = brokenPeriod;
  for (let index = 0; index < tenureMonths; index++) {
    instalments[index] = schedule[index].emiPaise;
    totalPayable += instalments[index];
  }
  instalments[0] += brokenPeriod;
  return new EmiQuote({
    emiPaise: emi,
    totalInterestPaise: totalPayable - principal, // the principal column sums to the loan
    totalPayablePaise: totalPayable,
    processingFeePaise: fees.processingFee,
    gstOnFeesPaise: fees.gstOnFees,
    otherChargesPaise: fees.otherCharges,
    brokenPeriodInterestPaise: brokenPeriod,
    netDisbursedPaise: fees.netDisbursed,
    aprBasisPoints: aprInBasisPoints(fees.netDisbursed, instalments),
    schedule,
  });
}
