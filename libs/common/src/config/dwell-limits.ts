import { makeValidator } from 'envalid';
import { ApplicationStatus, FINAL_STATUSES, PARTNER_CODE } from '@los/contracts';

/** The steps a lender performs (after our own credit decision): their limits may differ per partner, after its SLA. */
export const LENDER_STEPS: ReadonlySet<ApplicationStatus> = new Set([ApplicationStatus.LenderReview, ApplicationStatus.Approved]);

export type DwellLimitsMs = Partial<Record<ApplicationStatus, number>>;

/** Overrides of the built-in maximum dwell times: per status, and per partner for the lender steps. */
export interface DwellLimitOverrides {
  statuses: DwellLimitsMs;
  partners: Record<string, DwellLimitsMs>;
}

const STATUSES = new Set<string>(Object.values(ApplicationStatus));

function limitsOf(input: unknown, where: string, allowed: (status: ApplicationStatus) => boolean): DwellLimitsMs {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new Error(`${where} must be an object`);
  const limits: DwellLimitsMs = {};
  for (const [key, value] of Object.entries(input)) {
    if (!STATUSES.has(key) || FINAL_STATUSES.has(key as ApplicationStatus)) throw new Error(`${where}.${key} is not a non-final status`);
    if (!allowed(key as ApplicationStatus)) throw new Error(`${where}.${key} is not a lender step`);
    if (!Number.isSafeInteger(value) || (value as number) < 1_000)
      throw new Error(`${where}.${key} must be whole milliseconds, at least 1000`);
    limits[key as ApplicationStatus] = value as number;
  }
  return limits;
}

/** Parses and checks `{ "statuses": {STATUS: ms}, "partners": {CODE: {LENDER_STEP: ms}} }`; both keys optional. */
export function parseDwellLimitOverrides(input: unknown): DwellLimitOverrides {
  const raw: unknown = typeof input === 'string' ? JSON.parse(input) : input;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('must be a JSON object');
  const { statuses = {}, partners = {}, ...unknown } = raw as Record<string, unknown>;
  const extra = Object.keys(unknown);
  if (extra.length > 0) throw new Error(`unknown keys: ${extra.join(', ')}`);
  if (typeof partners !== 'object' || partners === null || Array.isArray(partners)) throw new Error('partners must be an object');
  const byPartner: Record<string, DwellLimitsMs> = {};
  for (const [code, limits] of Object.entries(partners)) {
    if (!PARTNER_CODE.test(code)) throw new Error(`partners.${code} is not a partner code`);
    byPartner[code] = limitsOf(limits, `partners.${code}`, (status) => LENDER_STEPS.has(status));
  }
  return { statuses: limitsOf(statuses, 'statuses', () => true), partners: byPartner };
}

export const dwellLimitOverrides = makeValidator<DwellLimitOverrides>(parseDwellLimitOverrides);
