import { createHmac } from 'node:crypto';

/**
 * NORTHSTAR's webhook signature as its API documents it: `X-Northstar-Signature: sha256=<hex HMAC-SHA256 of the
 * raw body>` under the shared webhook secret, no timestamp. Written here apart from the adapter's (see LENDWISE).
 */
export function northstarSignatureHeader(rawBody: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody, 'utf8').digest('hex')}`;
}
