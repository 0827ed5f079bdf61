import { Controller, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BodyLimit, Public, rawBodyOf } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ApiRateLimit } from '../rate-limit/api-rate-limit.decorator.js';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard.js';
import { ParseCodePipe } from '../common/parse-code.pipe.js';
import { ReceivePartnerWebhookUseCase } from './receive-partner-webhook.usecase.js';
import { WebhookPendingView, WebhookReceiptView } from './webhook-receipt.view.js';

export const PARTNER_WEBHOOKS_PREFIX = '/v1/partners/';
/** A lender's status event or callback is a few KB; the limit holds while the body is read. */
const WEBHOOK_BODY_BYTES = 262_144;
/** Never needed to check a lender's signature, and never sent on to another service. */
const WITHHELD_HEADERS = new Set(['authorization', 'cookie']);

@ApiTags('partners')
@Controller('v1/partners/:partnerCode/webhooks')
export class PartnerWebhooksController {
  constructor(private readonly receiveWebhook: ReceivePartnerWebhookUseCase) {}

  /** Authenticated by the lender's signature, not a token: disbursal-service checks it with the partner's credentials. */
  @Post()
  @BodyLimit(WEBHOOK_BODY_BYTES)
  @Public()
  @UseGuards(RateLimitGuard)
  @SkipThrottle({ default: true, preview: true })
  @ApiRateLimit('webhook')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'receivePartnerWebhook',
    summary:
      "A lender's signed webhook or callback; 200 once its events are durably recorded, 202 once it is stored for a later check when the verifier is away",
  })
  @ApiOkResponse({ type: WebhookReceiptView })
  @ApiAcceptedResponse({
    type: WebhookPendingView,
    description: 'The signature could not be checked now: the webhook is stored and will be checked and applied, or refused, later',
  })
  @ApiErrors(
    400,
    401,
    404,
    413,
    422,
    429,
    503,
    504,
    ErrorCode.WebhookSignatureInvalid,
    ErrorCode.PartnerUnknownStatus,
    ErrorCode.PartnerNotConnected,
    ErrorCode.PartnerEventInvalid,
    ErrorCode.PartnerEventStale,
  )
  async receive(
    @Param('partnerCode', ParseCodePipe) partnerCode: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const outcome = await this.receiveWebhook.execute({
      partnerCode,
      headers: forwardedHeaders(request),
      rawBody: rawBodyOf(request) ?? Buffer.alloc(0),
      correlationId: request.id,
    });
    if ('kept' in outcome) {
      const pending: WebhookPendingView = { received: true, verification: 'PENDING' };
      await reply.status(202).send(pending);
      return;
    }
    const receipt: WebhookReceiptView = outcome.recorded;
    await reply.status(200).send(receipt);
  }
}

function forwardedHeaders(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || WITHHELD_HEADERS.has(name)) continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}
