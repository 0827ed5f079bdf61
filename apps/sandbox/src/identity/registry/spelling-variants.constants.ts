/** Spellings of one name that Indian records use interchangeably; each pair applies both ways. */
export const SPELLING_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['laxmi', 'lakshmi'],
  ['laxman', 'lakshman'],
  ['srivastava', 'shrivastava'],
  ['mohd', 'mohammed'],
  ['mohammad', 'mohammed'],
  ['chaudhary', 'choudhary'],
  ['agarwal', 'agrawal'],
  ['tripathi', 'tripathy'],
  ['mishra', 'misra'],
  ['jyoti', 'jyothi'],
  ['kavita', 'kavitha'],
  ['sunita', 'sunitha'],
  ['anita', 'anitha'],
  ['swati', 'swathi'],
  ['shweta', 'shwetha'],
  ['geeta', 'gita'],
  ['pooja', 'puja'],
  ['deepak', 'dipak'],
  ['sandeep', 'sandip'],
  ['pradeep', 'pradip'],
  ['satish', 'sateesh'],
  ['shaikh', 'sheikh'],
  ['rajendra', 'rajender'],
  ['surendra', 'surender'],
  ['chatterjee', 'chatterji'],
  ['banerjee', 'banerji'],
  ['mukherjee', 'mukherji'],
  ['pillai', 'pillay'],
];

/**
 * Romanisation rewrites tried in order when no listed spelling applies; the first that matches a
 * word changes its first occurrence (aa/a, ee/i, oo/u, doubled letters, v/w, then lengthened vowels).
 */
export const SPELLING_REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  [/aa/, 'a'],
  [/ee/, 'i'],
  [/oo/, 'u'],
  [/([bcdfgjklmnprstz])\1/, '$1'],
  [/w/, 'v'],
  [/(?<=[^aeiou])i(?=[^aeiouy])/, 'ee'],
  [/(?<=[^aeiou])u(?=[^aeiouy])/, 'oo'],
  [/(?<=^[^aeiou]+)a(?=[^aeiouy])/, 'aa'],
  [/v/, 'w'],
  [/(?<=[aeiou])([bdkmnprst])(?=[aeiou])/, '$1$1'],
];
