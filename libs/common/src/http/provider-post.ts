/** A provider's answer to a JSON POST: its parsed 2xx body, or why there is none, worded for a log line. */
export type ProviderReply = { ok: true; body: unknown } | { ok: false; failure: string };

/**
 * POSTs `payload` as JSON to a sandbox-simulated provider (credit bureau and the like) with one deadline for the
 * whole exchange. Never throws: a non-2xx status, a body that is not JSON, a timeout or a network failure is
 * `{ ok: false, failure }`. The failure never carries the payload, which may hold a PAN.
 */
export async function postToProvider(url: string, payload: object, timeoutMs: number): Promise<ProviderReply> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (response.ok) return { ok: true, body: await response.json() };
    await response.body?.cancel();
    return { ok: false, failure: `HTTP ${response.status}` };
  } catch (error) {
    const { name, cause } = error as Error & { cause?: { code?: string } };
    return { ok: false, failure: name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (cause?.code ?? name) };
  }
}
