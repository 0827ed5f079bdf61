import { AppException } from '@los/common';
import { ErrorCode, type IdentityPerson } from '@los/contracts';
import type { AddressInput, IdentityInput } from '../matching/index.js';

const ADDRESS_PARTS = ['line1', 'line2', 'city', 'state', 'pincode'] as const;
const MAX_ADDRESS_LENGTH = 500;

/** The contract leaves `address` open: a string, or an object of line1, line2, city, state, pincode strings. */
export function identityInputOf(person: IdentityPerson, field: string): IdentityInput {
  const address = addressOf(person.address, field);
  return { name: person.name, dob: person.dob, ...(address ? { address } : {}) };
}

function addressOf(value: unknown, field: string): AddressInput | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.length <= MAX_ADDRESS_LENGTH) return value;
  if (typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    const valid = entries.every(
      ([key, part]) => (ADDRESS_PARTS as readonly string[]).includes(key) && typeof part === 'string' && part.length <= MAX_ADDRESS_LENGTH,
    );
    if (valid) return Object.fromEntries(entries) as AddressInput;
  }
  throw new AppException(ErrorCode.ValidationFailed, `Invalid IdentityMatchRequest: ${field}.address`);
}
