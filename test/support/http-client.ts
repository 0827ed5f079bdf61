export interface HttpResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
  ms: number;
}

/** A tiny JSON client for end-to-end tests; `raw` sends a body as given (malformed JSON tests). */
export class HttpClient {
  constructor(
    private readonly baseUrl: string,
    private readonly defaultHeaders: Record<string, string> = {},
  ) {}

  withHeaders(headers: Record<string, string>): HttpClient {
    return new HttpClient(this.baseUrl, { ...this.defaultHeaders, ...headers });
  }

  get<T = any>(path: string, headers: Record<string, string> = {}) {
    return this.request<T>('GET', path, undefined, headers);
  }

  post<T = any>(path: string, body?: unknown, headers: Record<string, string> = {}) {
    return this.request<T>('POST', path, body === undefined ? undefined : JSON.stringify(body), headers);
  }

  raw<T = any>(method: string, path: string, body: string, headers: Record<string, string> = {}) {
    return this.request<T>(method, path, body, headers);
  }

  async request<T>(method: string, path: string, body: string | undefined, headers: Record<string, string>): Promise<HttpResult<T>> {
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      body,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...this.defaultHeaders, ...headers },
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T, headers: response.headers, ms: performance.now() - started };
  }
}
