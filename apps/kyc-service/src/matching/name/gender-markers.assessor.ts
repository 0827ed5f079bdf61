import { ReasonCode } from '../reason-code.constants.js';
import type { ScoreSheet } from '../score-sheet.js';
import { NAME_PENALTIES, NAME_SCORE_CAPS } from './name-penalties.constants.js';
import { display } from './name-roles.js';
import type { NameToken } from './parsed-name.js';
import type { UnpairedSide } from './unpaired-side.js';

interface GenderMarker {
  label: string;
  gender: 'male' | 'female';
  token: NameToken | null;
}

/**
 * Gender shows in unpaired suffixes (Singh / Kaur), in a suffix glued to one record's name
 * only (Rameshbhai / Rameshwari Ben) and in titles (Mr / Mrs): opposite markers
 * mean two people even when every name part agrees. Same-gender suffixes that differ
 * (Kumar / Singh) are a weaker doubt.
 */
export function assessGenderMarkers(a: UnpairedSide, b: UnpairedSide, explained: Set<NameToken>, sheet: ScoreSheet): void {
  const [fromA, fromB] = [genderMarkers(a), genderMarkers(b)];
  if (fromA.length === 0 || fromB.length === 0) return;
  const detail = `'${labels(fromA)}' vs '${labels(fromB)}'`;
  if (fromA.some((x) => fromB.some((y) => x.gender !== y.gender))) {
    sheet.cap(ReasonCode.GenderMarkerConflict, detail, NAME_SCORE_CAPS.genderMarkerConflict);
  } else if (fromA.some((x) => x.token) && fromB.some((y) => y.token)) {
    sheet.deduct(ReasonCode.SuffixDiffers, detail, NAME_PENALTIES.suffixDiffers);
  } else {
    return;
  }
  for (const marker of [...fromA, ...fromB]) if (marker.token) explained.add(marker.token);
}

function genderMarkers(side: UnpairedSide): GenderMarker[] {
  const markers: GenderMarker[] = [];
  for (const token of side.affixes) {
    if (token.affix === 'male' || token.affix === 'female') markers.push({ label: display(token), gender: token.affix, token });
  }
  for (const token of side.gluedGender) {
    // The token itself is paired, so it is not for this check to explain away.
    if (token.stemGender) markers.push({ label: display(token), gender: token.stemGender, token: null });
  }
  if (side.title) markers.push({ label: display({ raw: side.title.title, isInitial: false }), gender: side.title.gender, token: null });
  return markers;
}

const labels = (markers: GenderMarker[]): string => markers.map((marker) => marker.label).join(' ');
