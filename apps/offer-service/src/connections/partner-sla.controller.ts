import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import { MessagePattern as Pattern, PartnerSlaRequest, QueryEnvelope, type PartnerSlaReply } from '@los/contracts';
import { GetPartnerSlaUseCase } from './usecases/get-partner-sla/get-partner-sla.usecase.js';

@Controller()
export class PartnerSlaController {
  constructor(private readonly getPartnerSla: GetPartnerSlaUseCase) {}

  @MessagePattern(Pattern.PartnerSla)
  sla(@Payload() message: unknown): Promise<PartnerSlaReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.getPartnerSla.execute(parseMessage(PartnerSlaRequest, payload));
  }
}
