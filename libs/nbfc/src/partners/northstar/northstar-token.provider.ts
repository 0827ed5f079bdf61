import { PartnerError, PartnerErrorCode } from '../../contract/partner-error.js';
import { errorForStatus, isSuccess, objectBody, sendToPartner, type FetchFn } from '../../http/partner-http.js';
import { PayloadReader } from '../../http/payload-reader.js';
import { NORTHSTAR_TOKEN_REFRESH_MARGIN_MS } from './northstar.constants.js';

interface CachedToken {
  accessToken: string;
  refreshAtMs: number;
}

/** OAuth2 client-credentials tokens, cached until shortly before expiry; concurrent callers share one fetch. */
export class NorthstarTokenProvider {
  private cached?: CachedToken;
  private inFlight?: Promise<CachedToken>;

  constructor(
    private readonly partnerCode: string,
    private readonly tokenUrl: string,
    private readonly clientId: string,
    private readonly clientSecret: string,
    private readonly fetchFn: FetchFn = fetch,
    private readonly now: () => number = Date.now,
  ) {}

  async token(signal?: AbortSignal): Promise<string> {
    if (this.cached && this.now() < this.cached.refreshAtMs) return this.cached.accessToken;
    this.inFlight ??= this.fetchToken(signal).finally(() => (this.inFlight = undefined));
    this.cached = await this.inFlight;
    return this.cached.accessToken;
  }

  /** Drops the cached token, e.g. after the partner answered 401 to it. */
  invalidate(accessToken: string): void {
    if (this.cached?.accessToken === accessToken) this.cached = undefined;
  }

  private async fetchToken(signal?: AbortSignal): Promise<CachedToken> {
    const response = await sendToPartner(
      this.partnerCode,
      {
        method: 'POST',
        url: this.tokenUrl,
        body: JSON.stringify({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret }),
        signal,
      },
      this.fetchFn,
    );
    if (!isSuccess(response)) {
      const error = errorForStatus(this.partnerCode, response, 'token request');
      throw error.code === PartnerErrorCode.Rejected
        ? new PartnerError(PartnerErrorCode.AuthFailed, error.message, this.partnerCode)
        : error;
    }
    const reader = new PayloadReader(this.partnerCode, objectBody(this.partnerCode, response));
    const expiresInMs = reader.number('expires_in') * 1000;
    const margin = Math.min(NORTHSTAR_TOKEN_REFRESH_MARGIN_MS, expiresInMs / 2);
    return { accessToken: reader.string('access_token'), refreshAtMs: this.now() + expiresInMs - margin };
  }
}
