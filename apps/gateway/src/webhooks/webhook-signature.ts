import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'LOS-Signature';
/** How old a signed timestamp a receiver should accept: documented for partners in the README. */
export const SIGNATURE_TOLERANCE_S = 5 * 60;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`, as Stripe signs its webhooks. */
export function signatureHeader(secret: string, rawBody: string, unixSeconds: number): string {
  return `t=${unixSeconds},v1=${hmac(secret, `${unixSeconds}.${rawBody}`)}`;
}

/** A receiver's check: a v1 signature of this body by this secret, made within the tolerance of `nowSeconds`. */
export function verifySignature(secret: string, rawBody: string, header: string, nowSeconds: number): boolean {
  const parts = new Map(header.split(',').map((part) => part.split('=', 2) as [string, string]));
  const t = Number(parts.get('t'));
  const v1 = parts.get('v1') ?? '';
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > SIGNATURE_TOLERANCE_S) return false;
  const expected = Buffer.from(hmac(secret, `${t}.${rawBody}`), 'hex');
  const given = Buffer.from(v1, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const hmac = (secret: string, payload: string) => createHmac('sha256', secret).update(payload).digest('hex');
