import type { Gender, PersonName } from './identity-record.js';
import { nameWords } from './person-name.js';
import { SeededPicker } from './seeded-picker.js';
import { SPELLING_PAIRS, SPELLING_REWRITES } from './spelling-variants.constants.js';
import type { NameVariation } from './variation.constants.js';

export interface VariedName {
  honorific?: string;
  words: string[];
}

const HONORIFICS: Record<Gender, readonly string[]> = { M: ['Mr', 'Shri'], F: ['Smt', 'Ms'], T: ['Mx'] };
const SPELLING_OF = new Map(
  SPELLING_PAIRS.flatMap(
    ([a, b]) =>
      [
        [a, b],
        [b, a],
      ] as const,
  ).reverse(),
);

/** Shows `name` with one variation; `seed` fixes the choices a variation leaves open (which title). */
export function varyName(name: PersonName, variation: NameVariation, gender: Gender, seed: string): VariedName {
  const words = nameWords(name);
  switch (variation) {
    case 'exact':
      return { words };
    case 'upper':
      return { words: words.map((word) => word.toUpperCase()) };
    case 'initials':
      return name.last ? { words: [`${name.first[0].toUpperCase()}.`, ...words.slice(1)] } : { words };
    case 'reorder':
      return name.last ? { words: [name.last, name.first, ...name.middle] } : { words };
    case 'missing_middle':
      return { words: name.last ? [name.first, name.last] : words };
    case 'spelling':
      return { words: respell(words) };
    case 'honorific':
      return { honorific: new SeededPicker(`${seed}:honorific`).pick(HONORIFICS[gender]), words };
  }
}

export function renderName(name: VariedName): string {
  return [name.honorific, ...name.words].filter(Boolean).join(' ');
}

export function upperCaseName(name: VariedName): VariedName {
  return { honorific: name.honorific?.toUpperCase(), words: name.words.map((word) => word.toUpperCase()) };
}

/** Changes one word: a listed variant spelling if any word has one, else the first rewrite that applies. */
function respell(words: string[]): string[] {
  const candidates = words
    .map((word, index) => ({ index, lower: word.toLowerCase() }))
    .filter(({ lower }) => lower.length >= 3 && /^\p{L}+$/u.test(lower));
  const listed = candidates.find(({ lower }) => SPELLING_OF.has(lower));
  if (listed) return replaceWord(words, listed.index, SPELLING_OF.get(listed.lower)!);
  for (const [pattern, replacement] of SPELLING_REWRITES) {
    const hit = candidates.find(({ lower }) => pattern.test(lower));
    if (hit) return replaceWord(words, hit.index, hit.lower.replace(pattern, replacement));
  }
  return words;
}

function replaceWord(words: string[], index: number, lowerReplacement: string): string[] {
  const original = words[index];
  const replaced =
    original === original.toUpperCase() ? lowerReplacement.toUpperCase() : lowerReplacement[0].toUpperCase() + lowerReplacement.slice(1);
  return words.map((word, i) => (i === index ? replaced : word));
}
