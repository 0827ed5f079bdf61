/** Header names a lender's signature scheme may read (LENDWISE, NORTHSTAR and OCEAN all name theirs "…signature"). */
const SIGNATURE_HEADER = /signature|jws|timestamp|webhook-id/i;
const MAX_HEADER_CHARS = 8_192;

/** What is kept of a stored delivery's headers: its content type and its signature headers, each bounded. */
export function signatureHeadersOf(headers: Record<string, string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name !== 'content-type' && !SIGNATURE_HEADER.test(name)) continue;
    kept[name] = value.slice(0, MAX_HEADER_CHARS);
  }
  return kept;
}
