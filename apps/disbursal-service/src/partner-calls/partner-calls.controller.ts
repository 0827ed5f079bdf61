import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import { MessagePattern as Pattern, PartnerSlaRequest, QueryEnvelope, type PartnerCallFiguresReply } from '@los/contracts';
import { GetPartnerCallFiguresUseCase } from './get-partner-call-figures.usecase.js';

@Controller()
export class PartnerCallsController {
  constructor(private readonly figures: GetPartnerCallFiguresUseCase) {}

  @MessagePattern(Pattern.DisbursalPartnerCalls)
  figuresOf(@Payload() message: unknown): Promise<PartnerCallFiguresReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.figures.execute(parseMessage(PartnerSlaRequest, payload));
  }
}
