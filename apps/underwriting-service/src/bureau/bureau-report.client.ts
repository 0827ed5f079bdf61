import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, postToProvider, type UnderwritingConfig } from '@los/common';
import type { BureauFacts } from '@los/contracts';
import { bureauFactsOf } from './bureau-facts.mapper.js';

/**
 * The credit bureau's report pull (the sandbox's simulator locally). Any failure (down, slow past
 * BUREAU_TIMEOUT_MS, an answer that does not parse) is `null`: the decision is then referred, never approved.
 */
@Injectable()
export class BureauReportClient {
  private readonly logger = new Logger(BureauReportClient.name);
  private readonly reportUrl: string;
  private readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: Pick<UnderwritingConfig, 'SANDBOX_URL' | 'BUREAU_TIMEOUT_MS'>) {
    this.reportUrl = `${config.SANDBOX_URL.replace(/\/+$/, '')}/v1/bureau/report`;
    this.timeoutMs = config.BUREAU_TIMEOUT_MS;
  }

  /** Logs never carry the PAN. */
  async reportOf(pan: string, applicationId: string): Promise<BureauFacts | null> {
    const reply = await postToProvider(this.reportUrl, { pan }, this.timeoutMs);
    const facts = reply.ok ? bureauFactsOf(reply.body) : null;
    if (facts) return facts;
    const failure = reply.ok ? 'a report that does not parse' : reply.failure;
    this.logger.warn({ applicationId, failure }, 'Credit bureau report unavailable: the decision will be referred');
    return null;
  }
}
