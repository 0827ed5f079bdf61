import type { PersonName } from './identity-record.js';

/** Splits a full name on spaces: first word first, last word surname, the rest middle names. */
export function parsePersonName(fullName: string): PersonName {
  const words = fullName.trim().split(/\s+/);
  if (words.length === 1) return { first: words[0], middle: [] };
  return { first: words[0], middle: words.slice(1, -1), last: words.at(-1) };
}

export function nameWords(name: PersonName): string[] {
  return [name.first, ...name.middle, ...(name.last ? [name.last] : [])];
}

/** Compares names as registries search them: case, punctuation and word order do not count. */
export function sameNameWords(a: string, b: string): boolean {
  const key = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^\p{L}\s]/gu, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .sort()
      .join(' ');
  return key(a) === key(b);
}
