import { createHmac } from 'node:crypto';

/**
 * LENDWISE's webhook signature as its API documents it: `Lendwise-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "<t>.<raw body>">` (Stripe-style). Written here apart from the adapter's, so a mistake in
 * either shows as a failed test vector or a refused webhook instead of both sides agreeing on it.
 */
export function lendwiseSignatureHeader(rawBody: string, secret: string, unixSeconds: number): string {
  const mac = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`, 'utf8').digest('hex');
  return `t=${unixSeconds},v1=${mac}`;
}
