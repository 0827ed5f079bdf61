import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppException, keepAliveFetch, type OfferConfig } from '@los/common';
import { ErrorCode } from '@los/contracts';

const MIN_SCORE = 300;
const MAX_SCORE = 900;

/** The credit bureau (the sandbox's simulator locally): one score pull per offer computation. */
@Injectable()
export class BureauClient {
  private readonly logger = new Logger(BureauClient.name);
  private readonly scoreUrl: string;
  private readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: Pick<OfferConfig, 'SANDBOX_URL' | 'OUTBOUND_TIMEOUT_MS'>) {
    this.scoreUrl = `${config.SANDBOX_URL.replace(/\/+$/, '')}/v1/bureau/score`;
    this.timeoutMs = config.OUTBOUND_TIMEOUT_MS;
  }

  /** The applicant's score; any failure is UPSTREAM_UNAVAILABLE. Logs never carry the PAN. */
  async scoreOf(pan: string): Promise<number> {
    let failure: string;
    try {
      const response = await keepAliveFetch(this.scoreUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ pan }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      if (response.ok) {
        const { score } = (await response.json()) as { score?: unknown };
        if (typeof score === 'number' && Number.isInteger(score) && score >= MIN_SCORE && score <= MAX_SCORE) return score;
        failure = 'a reply without a valid score';
      } else {
        failure = `HTTP ${response.status}`;
        await response.body?.cancel();
      }
    } catch (error) {
      const { name, cause } = error as Error & { cause?: { code?: string } };
      failure = name === 'TimeoutError' ? `no answer within ${this.timeoutMs} ms` : (cause?.code ?? name);
    }
    this.logger.warn({ failure }, 'Credit bureau call failed');
    throw new AppException(ErrorCode.UpstreamUnavailable, 'The credit bureau is unavailable; try again shortly');
  }
}
