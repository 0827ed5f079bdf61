import { hash } from 'node:crypto';

/**
 * A strong entity tag of one representation: a hash of the exact bytes sent. The view of an application
 * differs by caller (staff see more), and so does its hash, so a tag never matches another caller's view.
 */
export function etagOf(body: unknown): string {
  const bytes = typeof body === 'string' ? body : JSON.stringify(body);
  // The one-shot hash: same digest, without a Hash object per response.
  return `"${hash('sha256', bytes, 'base64url').slice(0, 32)}"`;
}

/** Whether `If-None-Match` names the current tag (weak comparison, as RFC 9110 asks for GET), or is `*`. */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}
