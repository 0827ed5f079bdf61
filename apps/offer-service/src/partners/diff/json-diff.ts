/** One changed leaf; `before` or `after` is absent when the path exists only on the other side. */
export interface JsonChange {
  path: string;
  before?: unknown;
  after?: unknown;
}

/**
 * The leaves that differ between two JSON documents, by path (`rateGrid[3].annualRatePercent`).
 * Object keys compare regardless of order; arrays compare by index.
 */
export function diffJson(before: unknown, after: unknown, path = ''): JsonChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffMember(before, after, key, path ? `${path}.${key}` : key));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => diffMember(before, after, i, `${path}[${i}]`)).flat();
  }
  return sameJson(before, after) ? [] : [{ path: path || '$', before, after }];
}

function diffMember(before: object, after: object, key: string | number, path: string): JsonChange[] {
  const inBefore = Object.hasOwn(before, key);
  const inAfter = Object.hasOwn(after, key);
  const b = (before as Record<string | number, unknown>)[key];
  const a = (after as Record<string | number, unknown>)[key];
  if (inBefore && inAfter) return diffJson(b, a, path);
  return inBefore ? [{ path, before: b }] : [{ path, after: a }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));
}
