import type { CallContext } from '../../contract/nbfc-adapter.js';
import { errorForStatus, isSuccess, objectBody, sendToPartner, type FetchFn } from '../../http/partner-http.js';
import type { NorthstarTokenProvider } from './northstar-token.provider.js';

/** Northstar transport: a bearer token on every call; a 401 refreshes the token and retries once. */
export class NorthstarClient {
  constructor(
    private readonly partnerCode: string,
    private readonly baseUrl: string,
    private readonly tokens: NorthstarTokenProvider,
    private readonly errorDetail: (body: unknown) => string,
    private readonly fetchFn: FetchFn = fetch,
  ) {}

  async call(method: 'GET' | 'POST', path: string, body: unknown, context: CallContext): Promise<Record<string, unknown>> {
    let response = await this.send(method, path, body, context);
    if (response.status === 401) response = await this.send(method, path, body, context);
    if (!isSuccess(response)) throw errorForStatus(this.partnerCode, response, this.errorDetail(response.body));
    return objectBody(this.partnerCode, response);
  }

  private async send(method: 'GET' | 'POST', path: string, body: unknown, context: CallContext) {
    const token = await this.tokens.token(context.signal);
    const response = await sendToPartner(
      this.partnerCode,
      {
        method,
        url: `${this.baseUrl.replace(/\/$/, '')}${path}`,
        headers: { authorization: `Bearer ${token}`, 'x-idempotency-key': context.requestId, 'x-correlation-id': context.correlationId },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: context.signal,
      },
      this.fetchFn,
    );
    if (response.status === 401) this.tokens.invalidate(token);
    return response;
  }
}
