export type EditKind = 'substitute' | 'transpose' | 'insert';

export interface SingleEdit {
  kind: EditKind;
  /** Index in the longer string (or in either, for equal lengths) where the edit happens. */
  index: number;
  /** The inserted character, or `a`'s character at a substitution or transposition. */
  char: string;
  /** `b`'s character at a substitution, the second swapped character at a transposition, else ''. */
  other: string;
}

/** Describes the one edit turning `a` into `b`, or returns null when they differ by more (or not at all). */
export function classifySingleEdit(a: string, b: string): SingleEdit | null {
  if (a.length === b.length) return sameLengthEdit(a, b);
  if (Math.abs(a.length - b.length) !== 1) return null;
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  const index = firstDifference(longer, shorter);
  return tailsEqual(longer, index + 1, shorter, index) ? { kind: 'insert', index, char: longer[index], other: '' } : null;
}

function sameLengthEdit(a: string, b: string): SingleEdit | null {
  const index = firstDifference(a, b);
  if (index === a.length) return null;
  if (tailsEqual(a, index + 1, b, index + 1)) return { kind: 'substitute', index, char: a[index], other: b[index] };
  const swapped = a[index] === b[index + 1] && a[index + 1] === b[index];
  return swapped && tailsEqual(a, index + 2, b, index + 2) ? { kind: 'transpose', index, char: a[index], other: a[index + 1] } : null;
}

function firstDifference(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let index = 0;
  while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) index++;
  return index;
}

function tailsEqual(a: string, fromA: number, b: string, fromB: number): boolean {
  if (a.length - fromA !== b.length - fromB) return false;
  for (let offset = 0; fromA + offset < a.length; offset++) {
    if (a.charCodeAt(fromA + offset) !== b.charCodeAt(fromB + offset)) return false;
  }
  return true;
}
