import type { AddressInput } from '../address/address-input.js';

export interface IdentityInput {
  name: string;
  /** Any common form: 1985-08-15, 15/08/1985, 15-Aug-1985, or a year alone. */
  dob: string;
  address?: AddressInput;
}
