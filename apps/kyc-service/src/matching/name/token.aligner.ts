import type { NameToken } from './parsed-name.js';
import type { AlignedPair, TokenAlignment } from './token-alignment.js';
import { RELATION_STRENGTH, compareTokens, isTolerableTypo } from './token-similarity.scorer.js';
import { foldTransliteration } from './transliteration.normaliser.js';

interface Candidate {
  i: number;
  j: number;
  pair: AlignedPair;
  strength: number;
  drift: number;
}

/** Pairs tokens of two names: whole tokens first, then joined/split tokens, then initials. */
export function alignTokens(a: NameToken[], b: NameToken[]): TokenAlignment {
  const alignment: TokenAlignment = {
    a,
    b,
    pairs: [],
    pairedA: a.map(() => false),
    pairedB: b.map(() => false),
  };
  pairWholeTokens(alignment);
  pairJoinedTokens(alignment, false);
  pairJoinedTokens(alignment, true);
  pairInitials(alignment, false);
  pairInitials(alignment, true);
  pairInitialWithInitial(alignment);
  return alignment;
}

function pairWholeTokens(alignment: TokenAlignment): void {
  const { a, b } = alignment;
  const candidates: Candidate[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i].isInitial) continue;
    for (let j = 0; j < b.length; j++) {
      if (b[j].isInitial) continue;
      const kind = compareTokens(a[i], b[j]);
      if (kind === 'DIFFERENT') continue;
      const drift = Math.abs(i / a.length - j / b.length);
      candidates.push({ i, j, pair: { a: [i], b: [j], kind }, strength: RELATION_STRENGTH[kind], drift });
    }
  }
  candidates.sort((x, y) => y.strength - x.strength || x.drift - y.drift);
  for (const { i, j, pair } of candidates) {
    if (alignment.pairedA[i] || alignment.pairedB[j]) continue;
    record(alignment, pair);
  }
}

// "Ramkumar" / "Ram Kumar", "Venkataraman" / "Venkata Raman", "D'Souza" / "D Souza".
function pairJoinedTokens(alignment: TokenAlignment, reversed: boolean): void {
  const whole = reversed ? alignment.b : alignment.a;
  const parts = reversed ? alignment.a : alignment.b;
  const wholePaired = reversed ? alignment.pairedB : alignment.pairedA;
  const partsPaired = reversed ? alignment.pairedA : alignment.pairedB;
  for (let i = 0; i < whole.length; i++) {
    if (wholePaired[i] || whole[i].isInitial) continue;
    for (let start = 0; start < parts.length - 1 && !wholePaired[i]; start++) {
      if (parts[start].folded[0] !== whole[i].folded[0]) continue;
      let joined = '';
      for (let end = start; end < parts.length && end - start < 3 && !partsPaired[end]; end++) {
        if (end > start && parts[end].isInitial) break;
        joined += parts[end].text;
        if (joined.length > whole[i].text.length + 3) break;
        if (end === start || joined.length < whole[i].text.length - 2) continue;
        const folded = foldTransliteration(joined);
        const matches = folded === whole[i].folded || isTolerableTypo(folded, whole[i].folded) || isTolerableTypo(joined, whole[i].text);
        if (!matches || !keepsGenderedAffix(parts[end], whole[i])) continue;
        const span = range(start, end);
        record(alignment, reversed ? { a: span, b: [i], kind: 'JOINED' } : { a: [i], b: span, kind: 'JOINED' });
        break;
      }
    }
  }
}

// "Ramesh Bhai" joins into "Rameshbhai", but a typo must not turn it into "Rameshwari" (a woman's name).
function keepsGenderedAffix(last: NameToken, whole: NameToken): boolean {
  if (last.affix !== 'male' && last.affix !== 'female') return true;
  return whole.text.endsWith(last.text) || whole.folded.endsWith(last.folded);
}

function pairInitials(alignment: TokenAlignment, reversed: boolean): void {
  const initials = reversed ? alignment.b : alignment.a;
  const names = reversed ? alignment.a : alignment.b;
  const initialsPaired = reversed ? alignment.pairedB : alignment.pairedA;
  const namesPaired = reversed ? alignment.pairedA : alignment.pairedB;
  for (let i = 0; i < initials.length; i++) {
    if (initialsPaired[i] || !initials[i].isInitial) continue;
    let best = -1;
    let bestDrift = Infinity;
    for (let j = 0; j < names.length; j++) {
      if (namesPaired[j] || names[j].isInitial || !startsWithLetter(names[j], initials[i].raw)) continue;
      const drift = Math.abs(i / initials.length - j / names.length);
      if (drift < bestDrift) [best, bestDrift] = [j, drift];
    }
    if (best < 0) continue;
    record(alignment, reversed ? { a: [best], b: [i], kind: 'INITIAL' } : { a: [i], b: [best], kind: 'INITIAL' });
  }
}

function pairInitialWithInitial(alignment: TokenAlignment): void {
  const { a, b } = alignment;
  for (let i = 0; i < a.length; i++) {
    if (alignment.pairedA[i] || !a[i].isInitial) continue;
    const j = b.findIndex((token, index) => !alignment.pairedB[index] && token.isInitial && token.raw === a[i].raw);
    if (j >= 0) record(alignment, { a: [i], b: [j], kind: 'EXACT' });
  }
}

function startsWithLetter(token: NameToken, letter: string): boolean {
  return token.raw[0] === letter || token.text[0] === letter;
}

function record(alignment: TokenAlignment, pair: AlignedPair): void {
  alignment.pairs.push(pair);
  for (const i of pair.a) alignment.pairedA[i] = true;
  for (const j of pair.b) alignment.pairedB[j] = true;
}

function range(start: number, end: number): number[] {
  const values: number[] = [];
  for (let value = start; value <= end; value++) values.push(value);
  return values;
}
