export type AffixKind = 'male' | 'female' | 'neutral';

/**
 * Tokens that records add or drop freely: gendered suffixes and devotional prefixes.
 * Absent on one side they cost little; a male marker against a female one is a conflict.
 */
export const NAME_AFFIXES: ReadonlyMap<string, AffixKind> = new Map([
  ['kumar', 'male'],
  ['singh', 'male'],
  ['sinh', 'male'],
  ['bhai', 'male'],
  ['kumari', 'female'],
  ['kaur', 'female'],
  ['devi', 'female'],
  ['bai', 'female'],
  ['ben', 'female'],
  ['behn', 'female'],
  ['begum', 'female'],
  ['khatoon', 'female'],
  ['khatun', 'female'],
  ['bibi', 'female'],
  ['mohammad', 'neutral'],
  ['syed', 'neutral'],
  ['abdul', 'neutral'],
]);

/** Affixes that precede the given name rather than follow it. */
export const NAME_PREFIX_AFFIXES: ReadonlySet<string> = new Set(['mohammad', 'syed', 'abdul']);

/** Devotional first names that records drop before the given name: Telugu Venkata (the lord of Tirumala). */
export const DROPPABLE_LEADING_NAMES: ReadonlySet<string> = new Set(['venkata']);
