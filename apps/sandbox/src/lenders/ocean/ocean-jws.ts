import { createSign, createVerify, type KeyObject } from 'node:crypto';

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** OCEAN's side of the detached JWS (RFC 7515 Appendix F): `base64url(header)..base64url(signature)`. */
export function signDetachedJws(payload: string, privateKey: KeyObject, kid: string): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', kid }));
  return `${header}..${b64url(
    createSign('RSA-SHA256')
      .update(`${header}.${b64url(payload)}`)
      .sign(privateKey),
  )}`;
}

export function verifiesDetachedJws(jws: string | undefined, payload: Buffer | string, publicKey: KeyObject): boolean {
  const [header, empty, signature, ...rest] = jws?.split('.') ?? [];
  if (!header || empty !== '' || !signature || rest.length) return false;
  try {
    if ((JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string }).alg !== 'RS256') return false;
    return createVerify('RSA-SHA256')
      .update(`${header}.${b64url(payload)}`)
      .verify(publicKey, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
