import { Body, Controller, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { BodyLimit, Public, RpcClient } from '@los/common';
import { MessagePattern, ErrorCode } from '@los/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ApiRateLimit } from '../rate-limit/api-rate-limit.decorator.js';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard.js';
import { EmiPreviewBodyPipe } from './emi-preview-body.pipe.js';
import { EmiPreviewDto } from './emi-preview.dto.js';
import { EmiPreviewView } from './emi-preview.view.js';

/** Ten short fields: a public calculator reads no more than this. */
const EMI_PREVIEW_BODY_BYTES = 8_192;

@ApiTags('emi')
@Controller('v1/emi')
export class EmiController {
  constructor(private readonly rpc: RpcClient) {}

  @Post('preview')
  @ApiOperation({ operationId: 'previewEmi', summary: 'Price a loan: EMI, fees, APR and the schedule' })
  @BodyLimit(EMI_PREVIEW_BODY_BYTES)
  @HttpCode(200)
  @Public()
  @UseGuards(RateLimitGuard)
  @SkipThrottle({ default: true, webhook: true })
  @ApiRateLimit('preview')
  @ApiBody({ type: EmiPreviewDto })
  @ApiOkResponse({ type: EmiPreviewView })
  @ApiErrors(
    400,
    413,
    429,
    503,
    504,
    ErrorCode.InvalidInput,
    ErrorCode.InvalidPrincipal,
    ErrorCode.InvalidRate,
    ErrorCode.InvalidTenure,
    ErrorCode.InvalidFees,
    ErrorCode.InvalidDates,
  )
  // Typed as a plain record so the global validation pipe leaves the body to EmiPreviewBodyPipe.
  async preview(
    @Body(EmiPreviewBodyPipe) body: Record<string, unknown>,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    // The offer service answers JSON text, passed through without a parse and re-serialisation.
    const json = await this.rpc.send<string>(MessagePattern.EmiPreview, { correlationId: request.id, payload: { ...body } });
    void reply.header('content-type', 'application/json; charset=utf-8');
    return json;
  }
}
