import { ReasonCode } from '../reason-code.constants.js';

/**
 * When a one-letter slip may be carried by evidence outside the name (see identity.matcher.ts).
 * Short names form minimal pairs with one letter (Anil/Amil, Kamal/Komal, Rajan/Ranjan), so both
 * spellings must have at least this many letters.
 */
export const SLIP_MIN_TOKEN_LENGTH = 6;

/**
 * A bare name pair is MATCH on a one-letter slip (SPELLING_SLIP_LONG_TOKEN) only when both spellings
 * have at least this many letters: on the dev sets no real name pair this long is one keying slip apart
 * once the rules of long-token-slip.rule.ts apply, while six-letter names still are (Nitish/Nitesh).
 */
export const LONG_SLIP_MIN_TOKEN_LENGTH = 7;

/**
 * Distinct names one letter or one sound apart, never read as a typo (Francis/Frances), a
 * transliteration (Das/Dash, Siraj/Shiraz, Sethi/Shetty) nor a slip. For slips
 * they back the rules, which already refuse the first letter, the last letter, the first vowel,
 * a changed consonant in the first half (Rakesh/Rajesh, Nagesh/Naresh, Balwinder/Baljinder) or
 * one that is not a neighbouring key or voiced partner, and an added or dropped consonant
 * (Shivani/Shivangi).
 */
export const SOUND_ALIKE_NAME_PAIRS: ReadonlySet<string> = new Set(
  [
    ['francis', 'frances'],
    ['sukanya', 'sukanta'],
    ['rakesh', 'rajesh'],
    ['ramesh', 'rajesh'],
    ['nagesh', 'naresh'],
    ['balwinder', 'baljinder'],
    ['sasmita', 'susmita'],
    ['shivani', 'shivangi'],
    ['sachin', 'sachit'],
    ['hemant', 'hemang'],
    ['sarita', 'savita'],
    ['sarita', 'sarika'],
    ['nandini', 'nandita'],
    ['vinita', 'vinata'],
    ['sujata', 'sujita'],
    ['paresh', 'parvesh'],
    // Folding or typo tolerance would merge these otherwise: s/sh, a dropped nasal, a diphthong, a z/j.
    ['sajeev', 'sanjeev'],
    ['sajeev', 'sanjiv'],
    ['sajiv', 'sanjiv'],
    ['biju', 'baiju'],
    ['siraj', 'shiraz'],
    ['siraj', 'shiraj'],
    ['saina', 'sania'],
    ['raghubar', 'raghubir'],
    ['raghuvar', 'raghuvir'],
    ['arti', 'atri'],
    ['aarti', 'atri'],
    ['raja', 'raza'],
    ['wasim', 'basim'],
    ['waseem', 'basim'],
    ['bhanu', 'banu'],
    ['saeed', 'syed'],
    ['sayeed', 'syed'],
    ['das', 'dash'],
    ['dass', 'dash'],
    ['sethi', 'shetty'],
    ['sethi', 'shetti'],
    ['rai', 'roy'],
    ['rai', 'ray'],
    ['saha', 'shah'],
    ['sah', 'shah'], // Sah (Bihar, Kumaon) is its own surname
    ['saji', 'shaji'], // both Malayali given names
  ].flatMap(([x, y]) => [`${x}/${y}`, `${y}/${x}`]),
);

/** With the slip read as a typo, any of these still means another person: the slip is not the only difference. */
export const SLIP_BLOCKING_REASONS: ReadonlySet<string> = new Set([
  ReasonCode.GivenNameDiffers,
  ReasonCode.GivenNameShifted,
  ReasonCode.SurnameDiffers,
  ReasonCode.MiddleNameDiffers,
  ReasonCode.InitialConflict,
  ReasonCode.OnlyInitialsAgree,
  ReasonCode.SuffixDiffers,
  ReasonCode.GenderMarkerConflict,
  ReasonCode.GenerationDiffers,
  ReasonCode.UndividedFamilyDiffers,
  ReasonCode.RelationDiffers,
  ReasonCode.NoCommonTokens,
]);
