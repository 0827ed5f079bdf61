import { Controller, HttpCode, Param, Post, Req, UseGuards } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { BodyLimit, Public, rawBodyOf, RpcClient } from '@los/common';
import { MessagePattern, type PartnerWebhookReply, type PartnerWebhookRequest, ErrorCode } from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ApiRateLimit } from '../rate-limit/api-rate-limit.decorator.js';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard.js';
import { ParseCodePipe } from '../common/parse-code.pipe.js';
import { DisbursalNewsRouter, splitDisbursalNews } from './disbursal-news.router.js';
import { PartnerEventsService } from './partner-events.service.js';
import { WebhookReceiptView } from './webhook-receipt.view.js';

export const PARTNER_WEBHOOKS_PREFIX = '/v1/partners/';
/** A lender's status event or callback is a few KB; the limit holds while the body is read. */
const WEBHOOK_BODY_BYTES = 262_144;
/** Never needed to check a lender's signature, and never sent on to another service. */
const WITHHELD_HEADERS = new Set(['authorization', 'cookie']);

@ApiTags('partners')
@Controller('v1/partners/:partnerCode/webhooks')
export class PartnerWebhooksController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly events: PartnerEventsService,
    private readonly disbursalNews: DisbursalNewsRouter,
  ) {}

  /** Authenticated by the lender's signature, not a token: the offer service checks it with the partner's credentials. */
  @Post()
  @BodyLimit(WEBHOOK_BODY_BYTES)
  @Public()
  @UseGuards(RateLimitGuard)
  @SkipThrottle({ default: true, preview: true })
  @ApiRateLimit('webhook')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'receivePartnerWebhook',
    summary: "A lender's signed webhook or callback; 200 once its events are durably recorded",
  })
  @ApiOkResponse({ type: WebhookReceiptView })
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
  async receive(@Param('partnerCode', ParseCodePipe) partnerCode: string, @Req() request: FastifyRequest): Promise<WebhookReceiptView> {
    const payload: PartnerWebhookRequest = {
      partnerCode,
      headers: forwardedHeaders(request),
      rawBodyBase64: (rawBodyOf(request) ?? Buffer.alloc(0)).toString('base64'),
      correlationId: request.id,
    };
    const reply = await this.rpc.send<PartnerWebhookReply>(MessagePattern.PartnerWebhook, { correlationId: request.id, payload });
    const { disbursal, other } = splitDisbursalNews(reply.events);
    const paid = await this.disbursalNews.forward(partnerCode, disbursal, request.id);
    const rest = await this.events.receive(partnerCode, other);
    return { received: paid.received + rest.received, duplicates: paid.duplicates + rest.duplicates };
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
