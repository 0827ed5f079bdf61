import { createSign, createVerify, type KeyLike } from 'node:crypto';

export interface JwsHeader {
  alg: 'RS256';
  kid: string;
}

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** RFC 7515 Appendix F detached JWS: `base64url(header)..base64url(signature)`, the payload travelling as the body. */
export function signDetached(payload: Buffer | string, privateKey: KeyLike, kid: string): string {
  const header = b64url(JSON.stringify({ alg: 'RS256', kid } satisfies JwsHeader));
  const signature = createSign('RSA-SHA256')
    .update(`${header}.${b64url(payload)}`)
    .sign(privateKey);
  return `${header}..${b64url(signature)}`;
}

/** The header when the signature is RS256 and verifies over the payload with the key; undefined otherwise. */
export function verifyDetached(jws: string | undefined, payload: Buffer | string, publicKey: KeyLike): JwsHeader | undefined {
  const parts = jws?.split('.');
  if (!parts || parts.length !== 3 || parts[1] !== '' || !parts[0] || !parts[2]) return undefined;
  let header: Partial<JwsHeader>;
  try {
    header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as Partial<JwsHeader>;
  } catch {
    return undefined;
  }
  if (header?.alg !== 'RS256') return undefined;
  try {
    const valid = createVerify('RSA-SHA256')
      .update(`${parts[0]}.${b64url(payload)}`)
      .verify(publicKey, Buffer.from(parts[2], 'base64url'));
    return valid ? (header as JwsHeader) : undefined;
  } catch {
    return undefined;
  }
}
