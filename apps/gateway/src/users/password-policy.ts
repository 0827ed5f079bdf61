import { dictionary } from '@zxcvbn-ts/language-common';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
const MIN_DISTINCT_CHARACTERS = 4;
const MIN_WORD_LENGTH = 4;

// About 49,000 passwords most found in breach corpora (zxcvbn-ts, MIT), lower-cased.
let breached: ReadonlySet<string> | undefined;
const breachedPasswords = () => (breached ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase())));

/**
 * NIST SP 800-63B style: length, not composition. A password is refused when it is shorter than 12 characters,
 * is one of the commonly breached passwords (also once digits and symbols around it are stripped, as in
 * "Password1234!"), is blank, repeats or runs through a few characters ("aaaa...", "abab...", "123456..."),
 * or contains the account's email name. Returns why, or null when it is acceptable.
 */
export function passwordWeakness(password: string, email?: string): string | null {
  const characters = [...password.normalize('NFKC')];
  if (characters.length < MIN_PASSWORD_LENGTH) return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (characters.length > MAX_PASSWORD_LENGTH) return `password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const text = characters.join('').toLowerCase();
  if (text.trim().length === 0) return 'password must not be blank';
  if (new Set(characters).size < MIN_DISTINCT_CHARACTERS) return 'password repeats too few characters';
  if (isSequence(text)) return 'password is a sequence of characters';
  const word = text.replace(/^[\d\W_]+|[\d\W_]+$/gu, '');
  if (breachedPasswords().has(text) || (word.length >= MIN_WORD_LENGTH && breachedPasswords().has(word))) {
    return 'password is too common: it appears in lists of breached passwords';
  }
  const name = email?.split('@')[0]?.toLowerCase();
  if (name && name.length >= MIN_WORD_LENGTH && text.includes(name)) return 'password must not contain the email name';
  return null;
}

/** Runs like "abcdefghijkl" or "345678901234" (digits wrap round), up or down. */
function isSequence(text: string): boolean {
  const codes = [...text].map((character) => character.codePointAt(0)!);
  return [1, -1].some((step) => codes.every((code, i) => i === 0 || code === nextOf(codes[i - 1], step)));
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const nextOf = (code: number, step: number) => (isDigit(code) ? 48 + ((code - 48 + step + 10) % 10) : code + step);
