import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Decimal as DecimalJs } from 'decimal.js';
import fc from 'fast-check';
import type { EmiQuoteInput } from './emi-input.js';
import { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
import { type EmiQuote, quoteLoan } from './emi-quote.js';
import { toEmiQuoteJson } from './emi-quote.mapper.js';

// The reference: the decimal engine this one replaced (commit e0f5d63), condensed, with its own
// Decimal and its own calendar, plus an exact BigInt decision where its APR sits on a boundary.
const D = DecimalJs.clone({ precision: 34, rounding: DecimalJs.ROUND_HALF_UP });
type D = DecimalJs;
const paisa = (amount: D) => amount.toDecimalPlaces(2, D.ROUND_HALF_UP);

interface ReferenceRow {
  installment: number;
  dueDate?: string;
  opening: D;
  emi: D;
  interest: D;
  principal: D;
  closing: D;
}

interface ReferenceQuote {
  emi: D;
  totalInterest: D;
  totalPayable: D;
  processingFee: D;
  gstOnFees: D;
  otherCharges: D;
  brokenPeriodInterest: D;
  netDisbursed: D;
  apr: D;
  schedule: ReferenceRow[];
}

function referenceEmi(principal: D, rate: D, months: number): D {
  if (rate.isZero()) return paisa(principal.div(months));
  const scaled = (value: D): [bigint, bigint] => [
    BigInt(value.toFixed(value.decimalPlaces()).replace('.', '')),
    10n ** BigInt(value.decimalPlaces()),
  ];
  const [units, scale] = scaled(principal);
  const [rateUnits, rateScale] = scaled(rate);
  const denominator = 1200n * rateScale;
  const grown = (denominator + rateUnits) ** BigInt(months);
  const base = denominator ** BigInt(months);
  const numerator = 100n * units * rateUnits * grown;
  const divisor = scale * denominator * (grown - base);
  return new D(`${(2n * numerator + divisor) / (2n * divisor)}e-2`);
}

function referenceSchedule(principal: D, rate: D, months: number, emi: D): ReferenceRow[] {
  const roundingUp = DecimalJs.clone({ rounding: DecimalJs.ROUND_CEIL });
  const monthlyRate = new D(roundingUp.div(rate, 1200).toSignificantDigits(20, DecimalJs.ROUND_CEIL));
  const rows: ReferenceRow[] = [];
  let opening = principal;
  for (let installment = 1; installment <= months; installment++) {
    const interest = paisa(opening.mul(monthlyRate));
    let principalPaid = emi.minus(interest);
    let closing = opening.minus(principalPaid);
    let paid = emi;
    if (installment === months || closing.isNeg()) [principalPaid, closing, paid] = [opening, new D(0), opening.plus(interest)];
    rows.push({ installment, opening, emi: paid, interest, principal: principalPaid, closing });
    opening = closing;
  }
  return rows;
}

/** The old Decimal Newton on the level-annuity closed form, good to about 28 digits. */
function referenceMonthlyIrr(net: D, level: D, months: number, adjustments: { month: number; amount: D }[]): D {
  const paid = adjustments.reduce((sum, { amount }) => sum.plus(amount), level.mul(months));
  if (paid.eq(net)) return new D(0);
  const npv = (rate: D) => {
    const discount = new D(1).div(rate.plus(1));
    const toEnd = discount.pow(months);
    const annuity = new D(1).minus(toEnd).div(rate);
    let value = level.mul(annuity).minus(net);
    let slope = level.mul(toEnd.mul(discount).mul(months).minus(annuity).div(rate));
    for (const { month, amount } of adjustments) {
      const discounted = amount.mul(discount.pow(month));
      value = value.plus(discounted);
      slope = slope.minus(discounted.mul(discount).mul(month));
    }
    return { value, slope };
  };
  let [low, high] = [new D(0), paid.div(net).minus(1)];
  let rate = high.div(2);
  for (let iteration = 0; iteration < 400; iteration++) {
    const { value, slope } = npv(rate);
    if (value.isZero()) return rate;
    if (value.isPos()) low = rate;
    else high = rate;
    let next = rate.minus(value.div(slope));
    if (!(next.gt(low) && next.lt(high))) next = low.plus(high).div(2);
    if (next.minus(rate).abs().lt('1e-15')) return next;
    rate = next;
  }
  throw new Error('reference IRR did not converge');
}

/** The sign of NPV × (1+x)^n at x = halfBasisPoints / 240,000, in integers, term by term. */
function boundaryNpvSign(net: bigint, instalments: bigint[], halfBasisPoints: bigint): number {
  const [a, b, n] = [240_000n + halfBasisPoints, 240_000n, instalments.length];
  const value = instalments.reduce(
    (sum, paid, index) => sum + paid * b ** BigInt(index + 1) * a ** BigInt(n - index - 1),
    -net * a ** BigInt(n),
  );
  return value > 0n ? 1 : value < 0n ? -1 : 0;
}

function referenceApr(net: D, level: D, schedule: ReferenceRow[], brokenPeriod: D): D {
  const adjustments = schedule.filter((row) => !row.emi.eq(level)).map((row) => ({ month: row.installment, amount: row.emi.minus(level) }));
  if (!brokenPeriod.isZero()) adjustments.push({ month: 1, amount: brokenPeriod });
  const basisPoints = referenceMonthlyIrr(net, level, schedule.length, adjustments).mul(120_000);
  const boundary = basisPoints.floor().plus(0.5);
  if (basisPoints.minus(boundary).abs().gt('1e-9')) return basisPoints.toDecimalPlaces(0, D.ROUND_HALF_UP).div(100);
  const toPaise = (amount: D) => BigInt(amount.mul(100).toFixed(0));
  const instalments = schedule.map((row) => toPaise(row.installment === 1 ? row.emi.plus(brokenPeriod) : row.emi));
  const sign = boundaryNpvSign(toPaise(net), instalments, BigInt(boundary.mul(2).toFixed(0)));
  return (sign >= 0 ? boundary.plus(0.5) : boundary.minus(0.5)).div(100); // a root on the boundary rounds up
}

const utcDate = (text: string) => new Date(`${text}T00:00:00Z`);
function plusMonthsClamped(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target;
}

function referenceQuote(input: EmiQuoteInput): ReferenceQuote | 'fees refused' {
  const principal = new D(input.principal);
  const rate = new D(input.annualRatePercent);
  const months = input.tenureMonths;
  const processingFee = paisa(
    principal
      .mul(input.processingFeePercent ?? 0)
      .div(100)
      .plus(input.processingFeeFlat ?? 0),
  );
  const gstOnFees = paisa(processingFee.mul(input.gstRatePercent ?? 18).div(100));
  const otherCharges = new D(input.otherCharges ?? 0);
  const netDisbursed = principal.minus(processingFee).minus(gstOnFees).minus(otherCharges);
  if (netDisbursed.lte(0)) return 'fees refused';
  const emi = referenceEmi(principal, rate, months);
  const schedule = referenceSchedule(principal, rate, months, emi);
  let brokenPeriodInterest = new D(0);
  if (input.disbursalDate && input.firstEmiDate) {
    const firstEmi = utcDate(input.firstEmiDate);
    const days = (firstEmi.getTime() - plusMonthsClamped(utcDate(input.disbursalDate), 1).getTime()) / 86_400_000;
    brokenPeriodInterest = paisa(principal.mul(rate).mul(days).div(36_500));
    schedule.forEach(
      (row) =>
        (row.dueDate = plusMonthsClamped(firstEmi, row.installment - 1)
          .toISOString()
          .slice(0, 10)),
    );
  }
  const totalPayable = schedule.reduce((sum, row) => sum.plus(row.emi), brokenPeriodInterest);
  const apr = referenceApr(netDisbursed, emi, schedule, brokenPeriodInterest);
  return {
    emi,
    totalInterest: totalPayable.minus(principal),
    totalPayable,
    processingFee,
    gstOnFees,
    otherCharges,
    brokenPeriodInterest,
    netDisbursed,
    apr,
    schedule,
  };
}

const SUMMARY = [
  'emi',
  'totalInterest',
  'totalPayable',
  'processingFee',
  'gstOnFees',
  'otherCharges',
  'brokenPeriodInterest',
  'netDisbursed',
  'apr',
] as const;

/** The Decimal view as 2-decimal strings: the summary and the first two and last rows. */
function decimalView(quote: EmiQuote | ReferenceQuote) {
  const rows = [quote.schedule[0], quote.schedule[1], quote.schedule.at(-1)!].filter((row) => row !== undefined);
  return {
    ...Object.fromEntries(SUMMARY.map((field) => [field, quote[field].toFixed(2)])),
    rows: rows.map((row) => [
      row.installment,
      row.dueDate,
      ...[row.opening, row.emi, row.interest, row.principal, row.closing].map((amount) => amount.toFixed(2)),
    ]),
  };
}

/** What the old mapper made of the reference: every row, every amount. */
function referenceJson(quote: ReferenceQuote) {
  const rupees = (amount: D) => paisa(amount).toNumber();
  return {
    ...Object.fromEntries(SUMMARY.map((field) => [field, rupees(quote[field])])),
    schedule: quote.schedule.map(({ installment, dueDate, opening, emi, interest, principal, closing }) => ({
      installment,
      ...(dueDate === undefined ? {} : { dueDate }),
      ...{ opening: rupees(opening), emi: rupees(emi), interest: rupees(interest), principal: rupees(principal), closing: rupees(closing) },
    })),
  };
}

const inPaise = (min: number, max: number) => fc.integer({ min: min * 100, max: max * 100 }).map((paise) => paise / 100);
const ofDecimals = (max: number, decimals: number) =>
  fc.integer({ min: 0, max: max * 10 ** decimals }).map((units) => units / 10 ** decimals);
const mostly = <T>(usual: fc.Arbitrary<T>, rare: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: usual, weight: 5 }, { arbitrary: rare, weight: 1 });

const loanArb = fc.record({
  principal: fc.oneof(inPaise(1000, 1010), inPaise(1000, 50_000), inPaise(50_000, 100_000_000), fc.constantFrom(1000, 100_000_000)),
  annualRatePercent: fc.oneof(fc.constant(0), ofDecimals(60, 2), ofDecimals(60, 4), fc.constant(60)),
  tenureMonths: fc.oneof(fc.constantFrom(1, 480), fc.integer({ min: 1, max: 36 }), fc.integer({ min: 1, max: 480 })),
});
const chargesArb = fc.record(
  {
    processingFeePercent: mostly(ofDecimals(5, 4), ofDecimals(100, 4)),
    processingFeeFlat: mostly(inPaise(0, 1000), inPaise(0, 100_000_000)),
    gstRatePercent: mostly(fc.constantFrom(0, 12.5, 18), ofDecimals(100, 4)),
    otherCharges: mostly(inPaise(0, 1000), inPaise(0, 100_000_000)),
  },
  { requiredKeys: [] },
);
const datesArb = fc
  .record({ disbursal: fc.integer({ min: 0, max: 20_000 }), extraDays: fc.integer({ min: 0, max: 31 }) })
  .map(({ disbursal, extraDays }) => {
    const disbursalDate = new Date(Date.UTC(2000, 0, 1) + disbursal * 86_400_000);
    const regular = plusMonthsClamped(disbursalDate, 1).getTime();
    const firstEmi = new Date(Math.min(regular + extraDays * 86_400_000, plusMonthsClamped(disbursalDate, 2).getTime()));
    return { disbursalDate: disbursalDate.toISOString().slice(0, 10), firstEmiDate: firstEmi.toISOString().slice(0, 10) };
  });
const inputArb = fc
  .record({ loan: loanArb, charges: fc.option(chargesArb), dates: fc.option(datesArb) })
  .map(({ loan, charges, dates }): EmiQuoteInput => ({ ...loan, ...charges, ...dates }));

describe('quoteLoan against the decimal reference engine', () => {
  it('agrees on every row, total and APR of random loans', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const reference = referenceQuote(input);
        if (reference === 'fees refused') {
          assert.throws(
            () => quoteLoan(input),
            (error: unknown) => error instanceof EmiInputError && error.code === EmiErrorCode.InvalidFees,
          );
          return;
        }
        const quote = quoteLoan(input);
        assert.deepEqual(toEmiQuoteJson(quote), referenceJson(reference));
        assert.deepEqual(decimalView(quote), decimalView(reference));
      }),
      { numRuns: 2000 },
    );
  });
});
