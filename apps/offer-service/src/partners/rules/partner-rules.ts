export type EmploymentType = 'SALARIED' | 'SELF_EMPLOYED';
export type PartnerStatus = 'ACTIVE' | 'PAUSED';

export const EMPLOYMENT_TYPES: readonly EmploymentType[] = ['SALARIED', 'SELF_EMPLOYED'];
export const PARTNER_STATUSES: readonly PartnerStatus[] = ['ACTIVE', 'PAUSED'];

/** One cell of the rate grid: a rate for an employment type, a monthly-income band and a bureau-score band. */
export interface RateBand {
  employmentType: EmploymentType;
  /** Rupees a month: `min` inclusive, `below` exclusive; without `below` the band has no upper end. */
  income: { min: number; below?: number };
  /** Both ends inclusive. */
  score: { min: number; max: number };
  annualRatePercent: number;
}

/** What a partner lends to, and on what terms; stored as one JSON document per published version. */
export interface PartnerRules {
  status: PartnerStatus;
  amount: { min: number; max: number };
  tenureMonths: number[];
  /** Employment types absent from the grid are not served. */
  rateGrid: RateBand[];
  processingFee: { percent: number; flat: number; min?: number; max?: number };
  gstPercent: number;
  age: { minAtApplication: number; maxAtApplication: number; maxAtMaturity: number };
  minMonthlyIncome: number;
  maxFoirPercent: number;
  /** A pincode is served when it starts with one of the prefixes or lies in one of the states. */
  serviceable: { pincodePrefixes: string[]; states: string[] };
  minBureauScore: number;
  offerValidityDays: number;
  coolingOffDays: number;
  grievance: { officer: string; email: string; phone: string };
}
