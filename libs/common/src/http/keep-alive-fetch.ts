import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Sockets per host: as many calls as may overlap (quotes of concurrent offer computations); more wait for a free one. */
const MAX_SOCKETS_PER_HOST = 64;
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_HOST }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: MAX_SOCKETS_PER_HOST }),
};

/**
 * `fetch` for calls a service makes many of (partners, the bureau, the SMS gateway) over node:http with keep-alive
 * agents: the global fetch costs about three times its CPU per call. It covers what the clients use: a
 * string or URL, method, headers, a string body and a signal (an abort rejects with the signal's reason, as fetch
 * does), and answers a standard Response read whole. Redirects are not followed: a partner answering 3xx is an error.
 */
export const keepAliveFetch: typeof fetch = (input, init = {}) => {
  if (typeof input !== 'string' && !(input instanceof URL)) return fetch(input, init);
  const url = new URL(input);
  const agent = agents[url.protocol as keyof typeof agents];
  if (!agent) return fetch(input, init);
  const { signal } = init;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const body = init.body ?? undefined;
  if (body !== undefined && typeof body !== 'string') return fetch(input, init);
  const headers: Record<string, string> =
    init.headers instanceof Headers || Array.isArray(init.headers)
      ? Object.fromEntries(new Headers(init.headers))
      : { ...(init.headers as Record<string, string> | undefined) };
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;

  return new Promise<Response>((resolve, reject) => {
    const request = send(url, { method: init.method ?? 'GET', headers, agent });
    const onAbort = () => request.destroy(signal!.reason as Error);
    signal?.addEventListener('abort', onAbort, { once: true });
    // As fetch fails: the signal's reason when aborted, else a TypeError whose cause is the socket's error.
    const fail = (error: unknown) => {
      signal?.removeEventListener('abort', onAbort);
      reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
    };
    request.on('error', fail);
    request.on('response', (response: IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('end', () => {
        signal?.removeEventListener('abort', onAbort);
        const status = response.statusCode ?? 0;
        const nullBody = status === 204 || status === 205 || status === 304 || init.method === 'HEAD';
        try {
          resolve(
            new Response(nullBody ? null : Buffer.concat(chunks), {
              status,
              statusText: response.statusMessage,
              headers: headerPairs(response.rawHeaders),
            }),
          );
        } catch (error) {
          fail(error);
        }
      });
    });
    request.end(body);
  });
};

function headerPairs(raw: string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}
