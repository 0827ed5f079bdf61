import { ReasonCode } from '../reason-code.constants.js';
import type { ScoreSheet } from '../score-sheet.js';
import { NAME_PENALTIES } from './name-penalties.constants.js';
import { display } from './name-roles.js';
import type { NameToken } from './parsed-name.js';
import type { UnpairedSide } from './unpaired-side.js';

/**
 * An unpaired initial against an unpaired initial or name on the other side usually stands for
 * a different father's name ("K. Ramesh" vs "S. Ramesh", "K. Ramesh" vs "Ramesh Sundaram").
 * An initial with nothing opposite it is only extra.
 */
export function assessUnpairedInitials(a: UnpairedSide, b: UnpairedSide, explained: Set<NameToken>, sheet: ScoreSheet): void {
  for (const [side, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const opposite = other.initials.length > 0 ? other.initials : other.core;
    if (side.initials.length === 0 || opposite.length === 0 || explained.has(side.initials[0])) continue;
    const detail = `'${side.initials.map(display).join(' ')}' vs '${opposite.map(display).join(' ')}'`;
    sheet.deduct(ReasonCode.InitialConflict, detail, NAME_PENALTIES.initialConflict);
    for (const token of [...side.initials, ...opposite]) explained.add(token);
  }
  assessInitialsAgainstFillers(a, b, explained, sheet);
  for (const [side, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const token of side.initials) {
      if (explained.has(token)) continue;
      assessExtraInitial(token, other, sheet);
    }
  }
}

// "S. N. Mishra" / "Sitaram Kumar Mishra": the N stands where the other record writes Kumar, between the
// same two agreeing parts, so the initials name another middle part, not a missing one.
function assessInitialsAgainstFillers(a: UnpairedSide, b: UnpairedSide, explained: Set<NameToken>, sheet: ScoreSheet): void {
  for (const [side, other] of [
    [a, b],
    [b, a],
  ] as const) {
    for (const initial of side.initials) {
      if (explained.has(initial)) continue;
      const gap = interiorGap(initial, side);
      const filler = other.affixes.find((token) => !explained.has(token) && gap !== null && interiorGap(token, other) === gap);
      if (!filler || filler.text[0] === initial.text[0]) continue;
      sheet.deduct(
        ReasonCode.InitialConflict,
        `'${display(initial)}' vs '${display(filler)}' between the same parts`,
        NAME_PENALTIES.initialConflict,
      );
      explained.add(initial).add(filler);
    }
  }
}

// How many paired tokens precede an unpaired one, when paired tokens also follow it; null at either end.
function interiorGap(token: NameToken, side: UnpairedSide): number | null {
  const before = side.paired.slice(0, token.position).filter(Boolean).length;
  const after = side.paired.slice(token.position + 1).filter(Boolean).length;
  return before > 0 && after > 0 ? before : null;
}

// Tamil records often keep one initial (the father's: "K. Ramesh" for "R. K. Ramesh"), but a record that
// writes a run of two or more writes all of them: "V. S. Laxman" against "V. V. S. Laxman" drops one the
// other spells out, as a father's run differs from his son's, so it is a doubt, not a missing part. So is an
// initial against a record whose own initial stands for a word of this one (G. Mahesh / Mahesh Gowda M: each
// record writes one initial, the father's or house name, and they differ; Senthilkumar K / K Senthil Kumar agree).
function assessExtraInitial(token: NameToken, other: UnpairedSide, sheet: ScoreSheet): void {
  const detail = `initial '${display(token)}' appears in one record only`;
  if (other.initialsPairedWithInitials >= 2)
    sheet.deduct(ReasonCode.InitialConflict, `${detail}, which writes initials too`, NAME_PENALTIES.initialConflict);
  else if (ownInitialsStandForWords(other) && other.tokens.every((initial) => !initial.isInitial || initial.text !== token.text))
    sheet.deduct(ReasonCode.InitialConflict, `${detail}; the other's own initial stands for a word here`, NAME_PENALTIES.initialConflict);
  else sheet.deduct(ReasonCode.ExtraInitial, detail, NAME_PENALTIES.extraInitial);
}

function ownInitialsStandForWords(side: UnpairedSide): boolean {
  return side.pairedInitials > 0 && side.initialsPairedWithInitials === 0 && side.initials.length === 0;
}
