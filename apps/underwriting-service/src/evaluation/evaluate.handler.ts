import { Injectable } from '@nestjs/common';
import { DurableCommandHandler, type CommandHandler, type CommandOutcome } from '@los/common';
import { EventType, MessagePattern, UnderwritingEvaluateCommand, type CommandEnvelope } from '@los/contracts';
import { decidedEventOf } from '../decisions/decision-record.mapper.js';
import { EvaluateApplicationUseCase } from './evaluate-application.usecase.js';

/** `underwriting.cmd.evaluate.v1`: our credit decision on an application, reported as `underwriting.evt.decided.v1`. */
@Injectable()
@DurableCommandHandler(MessagePattern.UnderwritingEvaluate)
export class EvaluateHandler implements CommandHandler<UnderwritingEvaluateCommand> {
  readonly payloadClass = UnderwritingEvaluateCommand;

  constructor(private readonly evaluate: EvaluateApplicationUseCase) {}

  async execute(command: UnderwritingEvaluateCommand, envelope: CommandEnvelope<UnderwritingEvaluateCommand>): Promise<CommandOutcome> {
    const record = await this.evaluate.execute(command, envelope.commandId, envelope.correlationId);
    return { type: EventType.UnderwritingDecided, payload: decidedEventOf(record) };
  }
}
