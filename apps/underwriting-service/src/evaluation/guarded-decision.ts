import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type UnderwritingConfig } from '@los/common';
import { decisionTableIdOf, UnderwritingDecision, type DecisionReason, type EngineOutcome, type UnderwritingInput } from '@los/contracts';
import { DecisionEngine } from '../decision-tables/decision-engine.js';

/** Why a decision was referred without (or over) the table: stable codes an underwriter sees. */
export enum GuardReason {
  EngineError = 'ENGINE_ERROR',
  BureauUnavailable = 'BUREAU_UNAVAILABLE',
  Timeout = 'TIMEOUT',
}

const GUARD_TEXT: Record<GuardReason, string> = {
  [GuardReason.EngineError]: 'The decision table could not be evaluated',
  [GuardReason.BureauUnavailable]: 'The credit bureau could not be reached',
  [GuardReason.Timeout]: 'The evaluation took too long',
};

class EvaluationTimeout extends Error {}

/**
 * The engine behind the rules that hold whatever a table says: never an approval on an error. An engine error refers
 * (ENGINE_ERROR), an evaluation past UNDERWRITING_EVALUATION_TIMEOUT_MS refers (TIMEOUT), and a missing bureau report
 * refers (BUREAU_UNAVAILABLE) even when the table would approve or reject.
 */
@Injectable()
export class GuardedDecision {
  private readonly logger = new Logger(GuardedDecision.name);
  private readonly timeoutMs: number;

  constructor(
    private readonly engine: DecisionEngine,
    @Inject(APP_CONFIG) config: Pick<UnderwritingConfig, 'UNDERWRITING_EVALUATION_TIMEOUT_MS'>,
  ) {
    this.timeoutMs = config.UNDERWRITING_EVALUATION_TIMEOUT_MS;
  }

  async decide(input: UnderwritingInput): Promise<EngineOutcome> {
    const startedAt = performance.now();
    let outcome: EngineOutcome;
    try {
      outcome = await this.withinTimeout(this.engine.decide(input));
    } catch (error) {
      const reason = error instanceof EvaluationTimeout ? GuardReason.Timeout : GuardReason.EngineError;
      this.logger.error({ applicationId: input.applicationId, reason, error: (error as Error).message }, 'Evaluation failed: referred');
      return referral(input, [reason], performance.now() - startedAt);
    }
    if (input.bureau === null) {
      const reasons = [
        guardReason(GuardReason.BureauUnavailable),
        ...outcome.reasons.filter((r) => r.code !== GuardReason.BureauUnavailable),
      ];
      return { ...outcome, decision: UnderwritingDecision.Refer, reasons };
    }
    return outcome;
  }

  private async withinTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new EvaluationTimeout()), this.timeoutMs);
    });
    try {
      return await Promise.race([work, expired]);
    } finally {
      clearTimeout(timer);
    }
  }
}

function guardReason(code: GuardReason): DecisionReason {
  return { code, text: GUARD_TEXT[code], borrowerFacing: false };
}

function referral(input: UnderwritingInput, codes: GuardReason[], durationMs: number): EngineOutcome {
  const reasons = codes.map(guardReason);
  if (input.bureau === null) reasons.push(guardReason(GuardReason.BureauUnavailable));
  return {
    tableId: decisionTableIdOf(input.product, input.lender),
    // No version was evaluated.
    version: 0,
    decision: UnderwritingDecision.Refer,
    reasons,
    conditions: {},
    matchedRules: [],
    durationMs,
  };
}
