import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import { MessagePattern as Pattern, PartnerWebhookRequest, QueryEnvelope, type PartnerWebhookReply } from '@los/contracts';
import { VerifyPartnerWebhookUseCase } from './verify-partner-webhook.usecase.js';

@Controller()
export class PartnerWebhooksController {
  constructor(private readonly verifyWebhook: VerifyPartnerWebhookUseCase) {}

  @MessagePattern(Pattern.PartnerWebhook)
  verify(@Payload() message: unknown): Promise<PartnerWebhookReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.verifyWebhook.execute(parseMessage(PartnerWebhookRequest, payload));
  }
}
