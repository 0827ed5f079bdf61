import { errorForStatus, isSuccess, objectBody, sendToPartner, type FetchFn } from '../../http/partner-http.js';
import type { CallContext } from '../../contract/nbfc-adapter.js';

/** Lendwise transport: an `X-Api-Key` header on every call and our requestId as `Idempotency-Key`. */
export class LendwiseClient {
  constructor(
    private readonly partnerCode: string,
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly errorDetail: (body: unknown) => string,
    private readonly fetchFn: FetchFn = fetch,
  ) {}

  async call(method: 'GET' | 'POST', path: string, body: unknown, context: CallContext): Promise<Record<string, unknown>> {
    const response = await sendToPartner(
      this.partnerCode,
      {
        method,
        url: `${this.baseUrl.replace(/\/$/, '')}${path}`,
        headers: { 'x-api-key': this.apiKey, 'idempotency-key': context.requestId, 'x-correlation-id': context.correlationId },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: context.signal,
      },
      this.fetchFn,
    );
    if (!isSuccess(response)) throw errorForStatus(this.partnerCode, response, this.errorDetail(response.body));
    return objectBody(this.partnerCode, response);
  }
}
