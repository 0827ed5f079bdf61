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
      headers: {
        accept: 'application/json',
        ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...request.headers,
      },
      body: request.body,
      signal: request.signal,
    });
  } catch (error) {
    throw transportFailure(partnerCode, error, request.signal?.aborted);
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

/** The error kind an HTTP status means: 5xx, 408/504 and 429 retryable, every other 4xx not. */
export function partnerErrorCodeOfStatus(status: number): PartnerErrorCode {
  if (status === 429) return PartnerErrorCode.RateLimited;
  if (status === 504 || status === 408) return PartnerErrorCode.Timeout;
  if (status >= 500) return PartnerErrorCode.Unavailable;
  if (status === 401 || status === 403) return PartnerErrorCode.AuthFailed;
  if (status === 404) return PartnerErrorCode.NotFound;
  if (status >= 400) return PartnerErrorCode.Rejected;
  return PartnerErrorCode.BadResponse;
}

/** Seconds from a 429's Retry-After header, when it carries a usable number. */
export function retryAfterSecondsOf(headers: Headers): number | undefined {
  const retryAfter = Number(headers.get('retry-after'));
  return Number.isFinite(retryAfter) && retryAfter >= 0 && headers.has('retry-after') ? retryAfter : undefined;
}

/** A failed exchange (aborted or unreachable) as a retryable PartnerError, never a raw error. */
export function transportFailure(partnerCode: string, error: unknown, aborted = false): PartnerError {
  const name = (error as { name?: string } | null)?.name;
  if (aborted || name === 'AbortError' || name === 'TimeoutError') {
    return new PartnerError(PartnerErrorCode.Timeout, `${partnerCode} did not answer in time`, partnerCode);
  }
  return new PartnerError(
    PartnerErrorCode.Unavailable,
    `${partnerCode} is unreachable: ${(error as Error)?.message ?? error}`,
    partnerCode,
  );
}

/** Maps a non-2xx answer to its PartnerError. */
export function errorForStatus(partnerCode: string, response: PartnerResponse, detail: string): PartnerError {
  const code = partnerErrorCodeOfStatus(response.status);
  const retryAfter = code === PartnerErrorCode.RateLimited ? retryAfterSecondsOf(response.headers) : undefined;
  return new PartnerError(code, `${partnerCode} answered ${response.status}: ${detail}`, partnerCode, retryAfter);
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
