/** Compatibility forms (full-width letters, ligatures) folded to plain ones, then lower case. */
export function normaliseEmail(raw: string): string {
  return raw.normalize('NFKC').toLowerCase();
}

// Printable ASCII only: no invisible (zero-width, soft hyphen, bidi), space, or non-Latin look-alike characters.
const PLAIN_ASCII = /^[\x21-\x7e]+$/;

/**
 * Emails are kept as one account per mailbox: after NFKC normalisation an address must be plain ASCII, so
 * "аsha@" with a Cyrillic "а" or a zero-width space cannot open a second account beside "asha@".
 * Internationalised domains are written in their xn-- (IDNA) form; non-ASCII mailbox names are not accepted.
 */
export function isPlainEmail(normalised: string): boolean {
  return PLAIN_ASCII.test(normalised);
}
