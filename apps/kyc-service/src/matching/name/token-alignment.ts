import type { NameToken } from './parsed-name.js';

export type PairKind = 'EXACT' | 'ABBREVIATION' | 'TRANSLITERATION' | 'TYPO' | 'SUFFIX_STRIPPED' | 'JOINED' | 'INITIAL';

export interface AlignedPair {
  /** Positions in the first name; more than one when its tokens were joined. */
  a: number[];
  b: number[];
  kind: PairKind;
}

export interface TokenAlignment {
  a: NameToken[];
  b: NameToken[];
  pairs: AlignedPair[];
  pairedA: boolean[];
  pairedB: boolean[];
}
