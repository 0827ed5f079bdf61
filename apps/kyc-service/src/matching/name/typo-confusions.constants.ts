// Keying slips hit a neighbouring key; hearing slips swap a voiced consonant for its voiceless
// partner. Any other changed consonant is more likely a different name (Balwinder / Baljinder).
const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VOICING_PAIRS = ['kg', 'td', 'pb', 'ck', 'sz', 'fv', 'nm'];

export const CONFUSABLE_CONSONANTS: ReadonlySet<string> = buildConfusablePairs();

function buildConfusablePairs(): Set<string> {
  const pairs = new Set<string>();
  const add = (x: string, y: string) => pairs.add(x + y).add(y + x);
  for (const row of KEYBOARD_ROWS) for (let index = 1; index < row.length; index++) add(row[index - 1], row[index]);
  for (const [x, y] of VOICING_PAIRS) add(x, y);
  return pairs;
}

/** Vowel pairs tolerated in a name's first vowel: Bengali and Odia write the inherent "a" as "o". */
export const FIRST_VOWEL_VARIANTS: ReadonlySet<string> = new Set(['ao', 'oa']);
