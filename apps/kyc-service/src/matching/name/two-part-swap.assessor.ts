import { ReasonCode } from '../reason-code.constants.js';
import type { ScoreSheet } from '../score-sheet.js';
import { isFamilySurname } from './family-surnames.constants.js';
import { isFemaleGivenName } from './female-given-names.constants.js';
import { NAME_PENALTIES } from './name-penalties.constants.js';
import { display, isCore } from './name-roles.js';
import type { NameToken, ParsedName } from './parsed-name.js';
import type { TokenAlignment } from './token-alignment.js';

const TELUGU_HONORIFIC_PLURAL = /lu$/;

/**
 * Two name parts, or blocks of parts, in opposite order. Records move a surname to the front (CKYC "SHARMA NEHA"), but
 * where the second part is the father's given name (Tamil, Kerala Christian, Kannada) a son named
 * after his grandfather reverses his father's name: Mathew Samuel's son is Samuel Mathew. The swap
 * is one person only when one part is a family or caste surname, or a part is a woman's given name
 * (a father's name never stands where hers does), or the name is Telugu (a given name in the honorific
 * plural, Venkateswarlu, Srinivasulu), whose other part is the house name, not a father's; otherwise
 * it goes to review.
 */
export function assessTwoPartSwap(alignment: TokenAlignment, names: readonly [ParsedName, ParsedName], sheet: ScoreSheet): void {
  const outer = isOuterSwap(alignment);
  if (!outer && !isBlockSwap(alignment)) return;
  const tokens = outer ? [alignment.a[0], alignment.a[alignment.a.length - 1]] : [...alignment.a, ...alignment.b];
  if (tokens.some((token) => isFamilySurname(token.text))) return;
  if (names.some(isWoman) || tokens.some((token) => isFemaleGivenName(token.text))) return;
  if (tokens.some((token) => token.text.length > 6 && TELUGU_HONORIFIC_PLURAL.test(token.text))) return;
  const detail = `'${joined(alignment.a)}' and '${joined(alignment.b)}' put two given names in opposite order, as a father and son may`;
  sheet.deduct(ReasonCode.GivenNameShifted, detail, NAME_PENALTIES.givenAndMiddleSwapped);
}

// The two records hold the same whole words, one to one, as two blocks in exchanged order (Mathew Samuel /
// Samuel Mathew, Hari Haran Kathiresan / Kathiresan Hari Haran), each block holding a full name part.
function isBlockSwap(alignment: TokenAlignment): boolean {
  const { a, b, pairs } = alignment;
  if (a.length !== b.length || pairs.length !== a.length || [...a, ...b].some((token) => token.isInitial)) return false;
  if (pairs.some((pair) => pair.a.length !== 1 || pair.b.length !== 1)) return false;
  const target = new Map(pairs.map((pair) => [pair.a[0], pair.b[0]]));
  const shift = target.get(0)!;
  if (shift === 0 || a.some((_, index) => target.get(index) !== (index + shift) % a.length)) return false;
  const cut = a.length - shift;
  return [a.slice(0, cut), a.slice(cut)].every((block) => block.some(isCore));
}

// The first and last parts exchanged around the same middle (Krishnan Nair Gopalan / Gopalan Nair Krishnan,
// Rafeeq Ahmed Basheer / Basheer Ahmed Rafeeq): a Kerala or Tamil son after his grandfather keeps the caste
// name or the shared middle where it stands, so only the outer parts are weighed.
function isOuterSwap(alignment: TokenAlignment): boolean {
  const { a, b, pairs } = alignment;
  const last = a.length - 1;
  if (a.length < 3 || a.length !== b.length || pairs.length !== a.length || [...a, ...b].some((token) => token.isInitial)) return false;
  if (pairs.some((pair) => pair.a.length !== 1 || pair.b.length !== 1)) return false;
  const target = new Map(pairs.map((pair) => [pair.a[0], pair.b[0]]));
  if (target.get(0) !== last || target.get(last) !== 0) return false;
  return a.every((_, index) => index === 0 || index === last || target.get(index) === index) && isCore(a[0]) && isCore(a[last]);
}

function isWoman(name: ParsedName): boolean {
  return name.genderedTitle?.gender === 'female' || name.tokens.some((token) => token.affix === 'female' || token.stemGender === 'female');
}

function joined(tokens: NameToken[]): string {
  return tokens.map(display).join(' ');
}
