const RELATION_MARKER =
  /(?:^|[^a-z])([sdwch])\s*[/\\.]\s*o(?![a-z])\.?|(?:^|[^a-z])(son|daughter|wife|husband|care)\s+of(?![a-z])|(?:^|[^a-z])(father|husband|guardian)'?s?\s+name(?![a-z])\s*:?/;

const WORD_MARKERS: Readonly<Record<string, string>> = {
  son: 'S/O',
  daughter: 'D/O',
  wife: 'W/O',
  husband: 'H/O',
  care: 'C/O',
};

const NAME_LABELS: Readonly<Record<string, string>> = { father: 'F/N', husband: 'H/N', guardian: 'G/N' };

export interface RelationSplit {
  primary: string;
  marker: string | null;
  relative: string;
}

/** Splits "Rajesh Gupta S/O Ramesh Gupta" into the person and the relative named after the marker. */
export function splitRelationFragment(lowercaseName: string): RelationSplit {
  const found = RELATION_MARKER.exec(lowercaseName);
  if (!found) return { primary: lowercaseName, marker: null, relative: '' };
  const marker = found[1] ? `${found[1].toUpperCase()}/O` : found[2] ? WORD_MARKERS[found[2]] : NAME_LABELS[found[3]];
  return {
    primary: lowercaseName.slice(0, found.index),
    marker,
    relative: lowercaseName.slice(found.index + found[0].length),
  };
}
