import { isIP } from 'node:net';

export interface WebhookUrlRules {
  allowHttp: boolean;
  allowPrivate: boolean;
}

/**
 * Why a subscription URL is refused, or null: https only (unless allowed), no credentials, and no loopback, private,
 * link-local or reserved address as the host (unless allowed). Names are checked again after DNS when posting
 * (request-filtering-agent), so a name pointing inside is refused then.
 */
export function webhookUrlProblem(raw: string, rules: WebhookUrlRules): string | null {
  const url = URL.parse(raw);
  if (!url) return 'not a URL';
  if (url.protocol !== 'https:' && !(rules.allowHttp && url.protocol === 'http:')) return 'must be https';
  if (url.username || url.password) return 'must not carry credentials';
  if (rules.allowPrivate) return null;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'must not be a private or loopback address';
  if (isIP(host) && !isPublicAddress(host)) return 'must not be a private or loopback address';
  return null;
}

const PRIVATE_V4: [number, number][] = [
  [0x00000000, 8], // "this" network
  [0x0a000000, 8],
  [0x64400000, 10], // carrier-grade NAT
  [0x7f000000, 8],
  [0xa9fe0000, 16], // link-local, cloud metadata
  [0xac100000, 12],
  [0xc0a80000, 16],
  [0xc6120000, 15], // benchmarking
  [0xe0000000, 3], // multicast and reserved
];

/** A literal IP address that routes on the public internet (the literal check; the posting agent checks resolved names). */
export function isPublicAddress(ip: string): boolean {
  if (isIP(ip) === 6) {
    const lower = ip.toLowerCase();
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
    if (mapped) return isPublicAddress(mapped[1]);
    return !(lower === '::' || lower === '::1' || /^f[cd]/.test(lower) || /^fe[89ab]/.test(lower) || /^ff/.test(lower));
  }
  const value = ip.split('.').reduce((sum, octet) => sum * 256 + Number(octet), 0);
  return !PRIVATE_V4.some(([base, bits]) => Math.floor(value / 2 ** (32 - bits)) === Math.floor(base / 2 ** (32 - bits)));
}
