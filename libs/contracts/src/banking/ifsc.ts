import { createRequire } from 'node:module';

interface IfscLibrary {
  validate(code: string): boolean;
}

/** Bank code, a zero, then the branch code: the shape the RBI gives every IFSC. */
export const IFSC_FORMAT = /^[A-Z]{4}0[A-Z0-9]{6}$/;

const load = createRequire(import.meta.url);
let library: IfscLibrary | undefined;
let bankNames: Readonly<Record<string, string>> | undefined;

/**
 * An IFSC the bundled RBI branch list knows, checked offline (the `ifsc` package's data, no network call).
 * Its data loads on first use, so services that never check an IFSC do not pay for it.
 */
export function isKnownIfsc(value: unknown): value is string {
  if (typeof value !== 'string' || !IFSC_FORMAT.test(value)) return false;
  library ??= load('ifsc') as IfscLibrary;
  return library.validate(value);
}

/** The bank's name from the bundled list, by the IFSC's first four letters; null when the list does not name it. */
export function bankNameOf(ifsc: string): string | null {
  bankNames ??= load('ifsc/src/banknames.json') as Record<string, string>;
  return bankNames[ifsc.slice(0, 4)] ?? null;
}
