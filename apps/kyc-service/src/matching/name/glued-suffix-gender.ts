import type { NameToken } from './parsed-name.js';
import type { TokenAlignment } from './token-alignment.js';

/**
 * Tokens of the first name whose glued gender suffix the token they paired with lacks:
 * "Rameshbhai" paired with "Rameshwari" is a male marker the other record must agree with.
 * A token whose partner carries the same suffix ("Reuben" / "Reuben") states nothing.
 */
export function gluedGenderTokens(alignment: TokenAlignment, reversed: boolean): NameToken[] {
  const [own, other] = reversed ? [alignment.b, alignment.a] : [alignment.a, alignment.b];
  const marked: NameToken[] = [];
  for (const pair of alignment.pairs) {
    const [mine, theirs] = reversed ? [pair.b, pair.a] : [pair.a, pair.b];
    if (mine.length !== 1) continue;
    const token = own[mine[0]];
    if (token.stemGender !== null && theirs.every((position) => other[position].stemGender !== token.stemGender)) marked.push(token);
  }
  return marked;
}
