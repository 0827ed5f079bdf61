/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy` states each quota
 * (`q` requests per `w` seconds), `RateLimit` what is left of it (`r`) and the seconds until it resets (`t`).
 * Each item is named by its policy, so a route under two limits lists both.
 */
export function rateLimitPolicyItem(policy: string, quota: number, windowMs: number): string {
  return `"${policy}";q=${quota};w=${Math.max(1, Math.ceil(windowMs / 1000))}`;
}

export function rateLimitItem(policy: string, remaining: number, resetSeconds: number): string {
  return `"${policy}";r=${Math.max(0, remaining)};t=${Math.max(0, Math.ceil(resetSeconds))}`;
}

/** Adds an item to a structured-field list header, keeping the items already there. */
export function appendListItem(existing: unknown, item: string): string {
  return typeof existing === 'string' && existing.length > 0 ? `${existing}, ${item}` : item;
}
