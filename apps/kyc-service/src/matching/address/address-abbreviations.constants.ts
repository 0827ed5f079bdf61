/** Short forms on Indian address lines, mapped to one spelling. */
export const ADDRESS_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['rd', 'road'], ['st', 'street'], ['str', 'street'], ['ln', 'lane'], ['marg', 'road'], ['mg', 'mg'],
  ['ngr', 'nagar'], ['nagr', 'nagar'], ['opp', 'opposite'], ['oppo', 'opposite'], ['nr', 'near'],
  ['apt', 'apartment'], ['apts', 'apartment'], ['appt', 'apartment'], ['apartments', 'apartment'],
  ['flt', 'flat'], ['bldg', 'building'], ['bldng', 'building'], ['soc', 'society'], ['chs', 'society'],
  ['sec', 'sector'], ['sect', 'sector'], ['col', 'colony'], ['clny', 'colony'], ['extn', 'extension'],
  ['ext', 'extension'], ['ph', 'phase'], ['blk', 'block'], ['fl', 'floor'], ['flr', 'floor'],
  ['mkt', 'market'], ['bazaar', 'bazar'], ['chowk', 'chowk'], ['chauk', 'chowk'], ['crs', 'cross'],
  ['x', 'cross'], ['vill', 'village'], ['vil', 'village'], ['vpo', 'village'], ['po', 'post'],
  ['dist', 'district'], ['distt', 'district'], ['tq', 'taluka'], ['tal', 'taluka'], ['tehsil', 'taluka'],
  ['stn', 'station'], ['rly', 'railway'], ['hsg', 'housing'], ['twr', 'tower'], ['encl', 'enclave'],
  ['mohalla', 'mohalla'], ['mohallah', 'mohalla'], ['mohala', 'mohalla'], ['hno', 'house'],
  ['no', 'number'], ['num', 'number'], ['nos', 'number'], ['lyt', 'layout'], ['ave', 'avenue'],
  ['bengaluru', 'bangalore'], ['mumbai', 'mumbai'], ['bombay', 'mumbai'], ['gurugram', 'gurgaon'],
  ['chennai', 'chennai'], ['madras', 'chennai'], ['kolkata', 'kolkata'], ['calcutta', 'kolkata'],
  ['first', '1st'], ['second', '2nd'], ['third', '3rd'], ['fourth', '4th'],
]);

/** Words that add nothing to an address comparison once normalised. */
export const ADDRESS_FILLERS: ReadonlySet<string> = new Set(['number', 'house', 'flat', 'the', 'of', 'and', 'at', 'post']);
