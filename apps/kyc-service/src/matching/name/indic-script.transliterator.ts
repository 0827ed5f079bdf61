import { transliterateDevanagari } from './devanagari.transliterator.js';
import { BLOCK_SIZE, DEVANAGARI_BLOCK_START, INDIC_SCRIPTS, type IndicScript } from './indic-scripts.constants.js';
import { voiceTamilStops } from './tamil-stops.voicing.js';

const INDIC_LETTER = /[\u0900-\u0D7F]/;
const JOINERS = /[\u200C\u200D]/g; // older Malayalam writes chillus as consonant, virama and ZWJ

export function hasIndicScript(text: string): boolean {
  return INDIC_LETTER.test(text);
}

// Reads a name in any of the nine major Indian scripts into its everyday Latin spelling.
export function transliterateIndicScript(text: string): string {
  const normalised = text.normalize('NFC').replace(JOINERS, '');
  const script = INDIC_SCRIPTS.find((candidate) => [...normalised].some((char) => isIn(candidate, char)));
  if (script === undefined) return transliterateDevanagari(normalised);
  return transliterateDevanagari(toDevanagari(normalised, script), { writesFinalVowel: script.writesFinalVowel });
}

function toDevanagari(text: string, script: IndicScript): string {
  let spelled = script.name === 'Tamil' ? voiceTamilStops(text) : text;
  for (const [letter, devanagari] of script.letters) spelled = spelled.replace(letter, devanagari);
  const shifted = [...spelled].map((char) =>
    isIn(script, char) ? String.fromCodePoint(char.codePointAt(0)! - script.blockStart + DEVANAGARI_BLOCK_START) : char,
  );
  // Shifted nukta letters (Gurmukhi ਜ਼, Bengali য়) decompose in Devanagari, as the tables expect.
  return shifted.join('').normalize('NFC');
}

function isIn(script: IndicScript, char: string): boolean {
  const codePoint = char.codePointAt(0)!;
  return codePoint >= script.blockStart && codePoint < script.blockStart + BLOCK_SIZE;
}
