import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@los/common';
import { LenderFaults } from '../faults/lender-faults.service.js';
import { LenderErrorFilter } from '../shared/lender-error.filter.js';
import { LENDWISE_CODE, LENDWISE_SANDBOX_API_KEY } from './lendwise-lender.constants.js';
import { LendwiseLenderService, lendwiseError } from './lendwise-lender.service.js';

type JsonBody = Record<string, unknown>;

@Public()
@UseFilters(LenderErrorFilter)
@Controller('lenders/lendwise')
export class LendwiseLenderController {
  constructor(
    private readonly faults: LenderFaults,
    private readonly lender: LendwiseLenderService,
  ) {}

  @Post('v1/quotes')
  @HttpCode(200)
  async quote(@Body() body: JsonBody, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.gate(headers, reply);
    return this.lender.quote(body, headers['idempotency-key']);
  }

  @Post('v1/applications')
  @HttpCode(201)
  async submit(@Body() body: JsonBody, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.gate(headers, reply);
    return this.lender.submit(body, headers['idempotency-key']);
  }

  @Post('v1/applications/:id/accept')
  @HttpCode(200)
  async accept(
    @Param('id') id: string,
    @Body() body: JsonBody,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.gate(headers, reply);
    return this.lender.accept(id, body);
  }

  @Post('v1/applications/:id/disbursals')
  @HttpCode(201)
  async disburse(
    @Param('id') id: string,
    @Body() body: JsonBody,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.gate(headers, reply);
    return this.lender.disburse(id, body, headers['idempotency-key']);
  }

  @Get('v1/applications/:id')
  async application(@Param('id') id: string, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.gate(headers, reply);
    return this.lender.status(id);
  }

  @Get('v1/applications/:id/disbursal')
  async disbursal(@Param('id') id: string, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.gate(headers, reply);
    return this.lender.disbursal(id);
  }

  @Put('admin/applications/:id/status')
  forceStatus(@Param('id') id: string, @Body() body: JsonBody) {
    return this.lender.forceStatus(id, String(body.status));
  }

  private async gate(headers: Record<string, string>, reply: FastifyReply): Promise<void> {
    await this.faults.apply(LENDWISE_CODE, reply);
    if (headers['x-api-key'] !== LENDWISE_SANDBOX_API_KEY) throw lendwiseError(401, 'UNAUTHORIZED', 'invalid API key');
  }
}
