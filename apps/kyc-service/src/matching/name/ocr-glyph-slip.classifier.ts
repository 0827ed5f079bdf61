import { classifySingleEdit } from './single-edit.classifier.js';
import type { NameToken } from './parsed-name.js';
import { readsMAsRn } from './unpronounceable-slip.classifier.js';
import { isVowel } from './letters.js';

// Letters a scanner mistakes for one another in printed Latin type: l and i, v and y, q and g (known first).
const LOOKALIKE_GLYPHS: ReadonlySet<string> = new Set(['li', 'il', 'vy', 'yv', 'qg', 'gq']);
const MIN_LENGTH = 4;

/**
 * A name the lexicon knows against a spelling it does not, one look-alike glyph apart (Naik / Nalk, Selvan / Seivan,
 * Kutty / Kuttv, Kharge / Kharqe), or with OCR's "rn" for "m" (Murmu / Murrnu): a scanning slip, not another name.
 * Two listed spellings are two names (Pal / Pai), and the first letter is left to the typo rules.
 */
export function isLexiconOcrSlip(a: NameToken, b: NameToken): boolean {
  if ((a.lexicon === null) === (b.lexicon === null)) return false;
  const [known, scanned] = a.lexicon !== null ? [a.text, b.text] : [b.text, a.text];
  if (Math.min(known.length, scanned.length) < MIN_LENGTH) return false;
  if (readsMAsRn(known, scanned)) return true;
  const edit = classifySingleEdit(known, scanned);
  if (edit === null || edit.kind !== 'substitute' || edit.index === 0 || !LOOKALIKE_GLYPHS.has(edit.char + edit.other)) return false;
  // Between vowels, and after one at the end, y and v are glides of real names (Riya / Riva, Siya / Siva, Shiv).
  const glide = edit.char === 'v' || edit.other === 'v';
  return !glide || !isVowel(scanned[edit.index - 1]) || !isVowel(scanned[edit.index + 1] ?? 'a');
}
