import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { KUBER } from './kuber.constants.js';

/** KUBER writes dates DD-MM-YYYY; we write YYYY-MM-DD. */
export function toKuberDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new PartnerError(PartnerErrorCode.Rejected, `"${isoDate}" is not a YYYY-MM-DD date`, KUBER);
  return `${match[3]}-${match[2]}-${match[1]}`;
}

export function fromKuberDate(kuberDate: string): string {
  const match = /^(\d{2})-(\d{2})-(\d{4})$/.exec(kuberDate.trim());
  if (!match) throw new PartnerError(PartnerErrorCode.BadResponse, `KUBER sent "${kuberDate}" where a DD-MM-YYYY date was expected`, KUBER);
  return `${match[3]}-${match[2]}-${match[1]}`;
}
