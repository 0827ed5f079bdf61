/** Titles stripped from the start of a name (Indian, Tamil, Marathi, Muslim, Sikh, professional). */
export const LEADING_HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mst', 'mstr', 'master', 'baby', 'smt', 'shrimati', 'srimati', 'sushri',
  'sh', 'dr', 'prof', 'capt', 'col', 'lt', 'maj', 'gen', 'brig', 'cdr', 'adv', 'er', 'ca', 'hon',
  'late', 'lt', 'km', 'kum', 'ku', 'kumari', 'selvi', 'thiru', 'tiru', 'thirumathi', 'tmt', 'sow', 'sau',
  'chi', 'janab', 'jb', 'haji', 'hazi', 'hafiz', 'maulana', 'mufti', 'pt', 'pandit', 'sardar',
  'sardarni', 'rev', 'fr', 'sr', 'sis', 'br',
  // As written out from Devanagari (श्रीमती, कुमारी, सुश्री, श्रीमान, स्वर्गीय).
  'shreematee', 'shreemati', 'kumaaree', 'sushree', 'shreemaan', 'shriman', 'svargeey', 'swargiya',
]);

/** Leading titles that are also the first syllable of given names (Sri Lakshmi / Srilakshmi). */
export const JOINABLE_HONORIFICS: ReadonlySet<string> = new Set(['sri', 'shri', 'shree', 'sree']);

/** Titles some systems print after the name ("GUPTA RAMESH MR"). */
export const TRAILING_HONORIFICS: ReadonlySet<string> = new Set(['retd', 'mr', 'mrs', 'miss', 'smt', 'dr', 'shri']);

/** Junior and senior tell a father from a son who shares his name. */
export const GENERATION_SUFFIXES: ReadonlyMap<string, 'junior' | 'senior'> = new Map([
  ['jr', 'junior'], ['junior', 'junior'], ['sr', 'senior'], ['senior', 'senior'],
]);

/** Titles that state the holder's gender; Mr against Mrs is two people even with one name. */
export const GENDERED_HONORIFICS: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['shri', 'male'], ['sh', 'male'], ['master', 'male'], ['mstr', 'male'], ['janab', 'male'],
  ['jb', 'male'], ['sardar', 'male'], ['thiru', 'male'], ['tiru', 'male'], ['chi', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['smt', 'female'], ['shrimati', 'female'],
  ['srimati', 'female'], ['sushri', 'female'], ['km', 'female'], ['kum', 'female'], ['ku', 'female'],
  ['kumari', 'female'], ['selvi', 'female'], ['thirumathi', 'female'], ['tmt', 'female'], ['sow', 'female'],
  ['sau', 'female'], ['mst', 'female'], ['sardarni', 'female'], ['mohtarma', 'female'],
  ['shreematee', 'female'], ['shreemati', 'female'], ['kumaaree', 'female'], ['sushree', 'female'],
  ['shreemaan', 'male'], ['shriman', 'male'],
]);
