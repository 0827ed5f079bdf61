/** Short forms UIDAI records often carry; whole words only. */
export const UIDAI_ABBREVIATIONS: ReadonlyArray<readonly [string, string]> = [
  ['Road', 'Rd'],
  ['Nagar', 'Ngr'],
  ['Street', 'St'],
  ['Colony', 'Col'],
  ['Sector', 'Sec'],
  ['Apartments', 'Apts'],
  ['Apartment', 'Apt'],
  ['Near', 'Nr'],
  ['Opposite', 'Opp'],
  ['Layout', 'Lyt'],
  ['Extension', 'Extn'],
  ['Building', 'Bldg'],
  ['Society', 'Soc'],
  ['Market', 'Mkt'],
  ['Cross', 'Crs'],
];
