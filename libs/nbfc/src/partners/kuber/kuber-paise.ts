import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { KUBER } from './kuber.constants.js';

const RUPEES = /^(\d+)(?:\.(\d{1,2}))?$/;
const PAISE = /^\d+$/;

/** "1500.5" → "150050": string arithmetic only, so no amount is ever rounded by a float. */
export function rupeesToPaise(rupees: string): string {
  const match = RUPEES.exec(rupees);
  if (!match) throw new PartnerError(PartnerErrorCode.Rejected, `"${rupees}" is not an amount in rupees with at most 2 decimals`, KUBER);
  const paise = `${match[1]}${(match[2] ?? '').padEnd(2, '0')}`.replace(/^0+(?=\d)/, '');
  return paise;
}

/** "150050" → "1500.50"; anything but a non-negative integer is a bad response. */
export function paiseToRupees(paise: string): string {
  const trimmed = paise.trim();
  if (!PAISE.test(trimmed))
    throw new PartnerError(PartnerErrorCode.BadResponse, `KUBER sent "${paise}" where integer paise were expected`, KUBER);
  const digits = trimmed.replace(/^0+(?=\d)/, '').padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
