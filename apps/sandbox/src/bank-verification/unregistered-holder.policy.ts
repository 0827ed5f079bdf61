import { NAMING_REGIONS } from '../identity/registry/indian-names.constants.js';
import { SeededPicker } from '../identity/registry/seeded-picker.js';

/**
 * The holder of an account nobody registered: a plausible name chosen from the account number alone, so the
 * same account always answers the same stranger (whose name will not match the borrower's).
 */
export function unregisteredHolderOf(ifsc: string, accountNumber: string): string {
  const pick = new SeededPicker(`bank-account:${ifsc}:${accountNumber}`);
  const region = pick.pick(NAMING_REGIONS);
  const given = pick.pick(pick.chance(0.5) ? region.male : region.female);
  return `${given} ${pick.pick(region.surnames)}`;
}
