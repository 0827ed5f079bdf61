export interface NameAbbreviation {
  expansion: string;
  /** Initials the short form stands for when it is not the abbreviation ("SK Sharma", "Ch. Ramesh"). */
  initials: string | null;
}

export const NAME_ABBREVIATIONS: ReadonlyMap<string, NameAbbreviation> = new Map([
  ['mohd', { expansion: 'mohammad', initials: null }],
  ['mohmd', { expansion: 'mohammad', initials: null }],
  ['mhd', { expansion: 'mohammad', initials: null }],
  ['md', { expansion: 'mohammad', initials: 'md' }],
  ['sk', { expansion: 'shaikh', initials: 'sk' }],
  ['shk', { expansion: 'shaikh', initials: null }],
  ['kr', { expansion: 'kumar', initials: 'kr' }],
  ['kmr', { expansion: 'kumar', initials: null }],
  ['ku', { expansion: 'kumari', initials: null }], // Odisha's "Usha Ku. Swain", as the title Ku. before a name
  ['pd', { expansion: 'prasad', initials: 'pd' }],
  ['prd', { expansion: 'prasad', initials: null }],
  ['psd', { expansion: 'prasad', initials: null }],
  ['ch', { expansion: 'chaudhary', initials: 'c' }],
  ['chy', { expansion: 'chaudhary', initials: null }],
  ['syd', { expansion: 'syed', initials: null }],
  ['abd', { expansion: 'abdul', initials: null }],
]);
