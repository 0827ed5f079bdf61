import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';

export type FetchFn = typeof fetch;

export interface PartnerRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface PartnerResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** One HTTP exchange with a partner; a transport failure becomes a retryable PartnerError, never a raw error. */
export async function sendToPartner(partnerCode: string, request: PartnerRequest, fetchFn: FetchFn = fetch): Promise<PartnerResponse> {
  let response: Response;
  try {
    response = await fetchFn(request.url, {
      method: request.method,
      headers: { accept: 'application/json', ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}), ...request.headers },
      body: request.body,
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal?.aborted) throw new PartnerError(PartnerErrorCode.Timeout, `${request.method} ${new URL(request.url).pathname} aborted`, partnerCode);
    throw new PartnerError(PartnerErrorCode.Unavailable, `${request.method} ${new URL(request.url).pathname} failed: ${(error as Error).message}`, partnerCode);
  }
  const text = await response.text().catch(() => '');
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  return { status: response.status, headers: response.headers, body };
}

/** Maps a non-2xx answer to its PartnerError: 5xx and 429 retryable, every other 4xx not. */
export function errorForStatus(partnerCode: string, response: PartnerResponse, detail: string): PartnerError {
  const { status } = response;
  if (status === 429) {
    const retryAfter = Number(response.headers.get('retry-after'));
    return new PartnerError(PartnerErrorCode.RateLimited, `rate limited: ${detail}`, partnerCode, Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : undefined);
  }
  if (status === 504 || status === 408) return new PartnerError(PartnerErrorCode.Timeout, `partner timed out (${status}): ${detail}`, partnerCode);
  if (status >= 500) return new PartnerError(PartnerErrorCode.Unavailable, `partner error ${status}: ${detail}`, partnerCode);
  if (status === 401 || status === 403) return new PartnerError(PartnerErrorCode.AuthFailed, `authentication refused (${status}): ${detail}`, partnerCode);
  if (status === 404) return new PartnerError(PartnerErrorCode.NotFound, `not found: ${detail}`, partnerCode);
  if (status >= 400) return new PartnerError(PartnerErrorCode.Rejected, `request rejected (${status}): ${detail}`, partnerCode);
  return new PartnerError(PartnerErrorCode.BadResponse, `unexpected status ${status}: ${detail}`, partnerCode);
}

export function isSuccess(response: PartnerResponse): boolean {
  return response.status >= 200 && response.status < 300;
}

/** The body as an object, or BadResponse. */
export function objectBody(partnerCode: string, response: PartnerResponse): Record<string, unknown> {
  if (typeof response.body !== 'object' || response.body === null || Array.isArray(response.body)) {
    throw new PartnerError(PartnerErrorCode.BadResponse, `expected a JSON object, got ${typeof response.body}`, partnerCode);
  }
  return response.body as Record<string, unknown>;
}

export function headerValue(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const value = key === undefined ? undefined : headers[key];
  return Array.isArray(value) ? value[0] : value;
}
