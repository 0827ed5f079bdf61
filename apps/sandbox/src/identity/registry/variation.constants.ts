/**
 * How a source may show a registered name: `exact` as registered, `upper` in capitals, `initials`
 * with the first name as an initial, `reorder` surname first, `missing_middle` without middle names,
 * `spelling` with one transliteration variant, `honorific` with a title in front.
 */
export const NAME_VARIATIONS = ['exact', 'upper', 'initials', 'reorder', 'missing_middle', 'spelling', 'honorific'] as const;
export type NameVariation = (typeof NAME_VARIATIONS)[number];

/** Whether UIDAI shows an address as registered or with its common abbreviations (Road→Rd). */
export const ADDRESS_STYLES = ['exact', 'abbreviated'] as const;
export type AddressStyle = (typeof ADDRESS_STYLES)[number];
