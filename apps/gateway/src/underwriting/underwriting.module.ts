import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { UnderwritingController } from './underwriting.controller.js';
import { UnderwritingDecidedHandler } from './underwriting-decided.handler.js';
import { UnderwritingDecisions } from './underwriting-decisions.service.js';
import { UnderwritingEvaluateFailedHandler } from './underwriting-evaluate-failed.handler.js';
import { UnderwritingEvaluationTrigger } from './underwriting-evaluation.trigger.js';
import { UnderwritingOutcomes } from './underwriting-outcomes.service.js';

/** Our credit decision: asking for it, applying it (approve, reject, refer), reading it, and re-evaluation. */
@Module({
  imports: [ApplicationsModule],
  controllers: [UnderwritingController],
  providers: [
    UnderwritingOutcomes,
    UnderwritingEvaluationTrigger,
    UnderwritingDecisions,
    UnderwritingDecidedHandler,
    UnderwritingEvaluateFailedHandler,
  ],
  exports: [UnderwritingOutcomes, UnderwritingEvaluationTrigger, UnderwritingDecisions],
})
export class UnderwritingModule {}
