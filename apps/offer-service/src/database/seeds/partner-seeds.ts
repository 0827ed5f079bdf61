import type { PartnerRules, RateBand } from '../../partners/rules/partner-rules.js';

export interface PartnerSeed {
  code: string;
  name: string;
  rules: PartnerRules;
}

/** Rows of one (employment type, income band): `rates` price the score bands in order. */
function bands(
  employmentType: RateBand['employmentType'],
  income: RateBand['income'],
  scores: [number, number][],
  rates: number[],
): RateBand[] {
  return scores.map(([min, max], i) => ({ employmentType, income, score: { min, max }, annualRatePercent: rates[i] }));
}

const AURUM_SCORES: [number, number][] = [
  [720, 759],
  [760, 799],
  [800, 900],
];
const VISTAAR_SCORES: [number, number][] = [
  [650, 699],
  [700, 749],
  [750, 799],
  [800, 900],
];
const UDYAM_SCORES: [number, number][] = [
  [650, 699],
  [700, 749],
  [750, 900],
];
const SETU_SCORES: [number, number][] = [
  [600, 649],
  [650, 699],
  [700, 749],
  [750, 900],
];

/**
 * Version 1 of the four partners, as first published; a frozen copy for the seed migration (later
 * versions are published through the API). Fictitious lenders with different appetites.
 */
export const PARTNER_SEEDS: readonly PartnerSeed[] = [
  {
    code: 'AURUM_PRIME',
    name: 'Aurum Prime Finance Ltd',
    rules: {
      status: 'ACTIVE',
      amount: { min: 100_000, max: 2_500_000 },
      tenureMonths: [12, 24, 36, 48, 60],
      rateGrid: [
        ...bands('SALARIED', { min: 50_000, below: 150_000 }, AURUM_SCORES, [12.5, 11.75, 10.99]),
        ...bands('SALARIED', { min: 150_000 }, AURUM_SCORES, [11.75, 11, 10.49]),
      ],
      processingFee: { percent: 1, flat: 0, min: 2_999, max: 15_000 },
      gstPercent: 18,
      age: { minAtApplication: 23, maxAtApplication: 58, maxAtMaturity: 60 },
      minMonthlyIncome: 50_000,
      maxFoirPercent: 60,
      serviceable: { pincodePrefixes: ['110', '122', '201', '400', '411', '500', '560', '600', '700'], states: [] },
      minBureauScore: 720,
      offerValidityDays: 7,
      coolingOffDays: 3,
      grievance: { officer: 'Meera Iyer', email: 'grievance@aurumprime.example', phone: '1800-209-4411' },
    },
  },
  {
    code: 'VISTAAR_CREDIT',
    name: 'Vistaar Credit Pvt Ltd',
    rules: {
      status: 'ACTIVE',
      amount: { min: 50_000, max: 1_000_000 },
      tenureMonths: [12, 18, 24, 36, 48],
      rateGrid: [
        ...bands('SALARIED', { min: 25_000, below: 60_000 }, VISTAAR_SCORES, [19.5, 17.5, 15.5, 14]),
        ...bands('SALARIED', { min: 60_000 }, VISTAAR_SCORES, [18, 16, 14.25, 13]),
        ...bands('SELF_EMPLOYED', { min: 25_000 }, VISTAAR_SCORES, [22, 20, 18, 16.5]),
      ],
      processingFee: { percent: 1.5, flat: 499, min: 1_999, max: 20_000 },
      gstPercent: 18,
      age: { minAtApplication: 21, maxAtApplication: 60, maxAtMaturity: 65 },
      minMonthlyIncome: 25_000,
      maxFoirPercent: 55,
      serviceable: {
        pincodePrefixes: [],
        states: [
          'Andhra Pradesh',
          'Delhi',
          'Gujarat',
          'Haryana',
          'Karnataka',
          'Kerala',
          'Maharashtra',
          'Rajasthan',
          'Tamil Nadu',
          'Telangana',
          'Uttar Pradesh',
          'West Bengal',
        ],
      },
      minBureauScore: 650,
      offerValidityDays: 10,
      coolingOffDays: 3,
      grievance: { officer: 'Rahul Deshpande', email: 'nodal.officer@vistaarcredit.example', phone: '080-4719-2200' },
    },
  },
  {
    code: 'UDYAM_FINSERV',
    name: 'Udyam FinServ Ltd',
    rules: {
      status: 'ACTIVE',
      amount: { min: 50_000, max: 1_500_000 },
      tenureMonths: [12, 24, 36, 48],
      rateGrid: [
        ...bands('SELF_EMPLOYED', { min: 30_000, below: 100_000 }, UDYAM_SCORES, [24, 21.5, 19.5]),
        ...bands('SELF_EMPLOYED', { min: 100_000 }, UDYAM_SCORES, [22, 19.75, 18]),
        ...bands('SALARIED', { min: 30_000 }, UDYAM_SCORES, [21, 19, 17.5]),
      ],
      processingFee: { percent: 2, flat: 0, min: 2_499 },
      gstPercent: 18,
      age: { minAtApplication: 25, maxAtApplication: 62, maxAtMaturity: 68 },
      minMonthlyIncome: 30_000,
      maxFoirPercent: 65,
      serviceable: {
        pincodePrefixes: [],
        states: [
          'Delhi',
          'Gujarat',
          'Karnataka',
          'Madhya Pradesh',
          'Maharashtra',
          'Punjab',
          'Rajasthan',
          'Tamil Nadu',
          'Telangana',
          'Uttar Pradesh',
        ],
      },
      minBureauScore: 650,
      offerValidityDays: 7,
      coolingOffDays: 5,
      grievance: { officer: 'Sandeep Bansal', email: 'grievance@udyamfinserv.example', phone: '022-6180-7700' },
    },
  },
  {
    code: 'SETU_MICROLOANS',
    name: 'Setu Microloans Pvt Ltd',
    rules: {
      status: 'ACTIVE',
      amount: { min: 10_000, max: 300_000 },
      tenureMonths: [3, 6, 9, 12, 18, 24],
      rateGrid: [
        ...bands('SALARIED', { min: 20_000 }, SETU_SCORES, [29, 27, 25, 23.5]),
        ...bands('SELF_EMPLOYED', { min: 20_000 }, SETU_SCORES, [30, 28.5, 26.5, 25]),
      ],
      processingFee: { percent: 2.5, flat: 0, min: 499, max: 7_500 },
      gstPercent: 18,
      age: { minAtApplication: 21, maxAtApplication: 60, maxAtMaturity: 62 },
      minMonthlyIncome: 20_000,
      maxFoirPercent: 50,
      // Postal zones 1-6: the north, west and south; not zones 7-8 (east and north-east).
      serviceable: { pincodePrefixes: ['1', '2', '3', '4', '5', '6'], states: [] },
      minBureauScore: 600,
      offerValidityDays: 3,
      coolingOffDays: 1,
      grievance: { officer: 'Farah Khan', email: 'help@setumicro.example', phone: '1800-572-1010' },
    },
  },
];
