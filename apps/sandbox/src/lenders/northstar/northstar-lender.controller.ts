import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@los/common';
import { LenderFaults } from '../faults/lender-faults.service.js';
import { LenderErrorFilter } from '../shared/lender-error.filter.js';
import { NORTHSTAR_CODE } from './northstar-lender.constants.js';
import { NorthstarLenderService } from './northstar-lender.service.js';

type JsonBody = Record<string, unknown>;

@Public()
@UseFilters(LenderErrorFilter)
@Controller('lenders/northstar')
export class NorthstarLenderController {
  constructor(
    private readonly faults: LenderFaults,
    private readonly lender: NorthstarLenderService,
  ) {}

  @Post('oauth/token')
  @HttpCode(200)
  async token(@Body() body: JsonBody, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.faults.apply(NORTHSTAR_CODE, reply);
    return this.lender.issueToken(body);
  }

  @Post('v1/eligibility')
  @HttpCode(200)
  async eligibility(@Body() body: JsonBody, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.gate(headers, reply);
    return this.lender.checkEligibility(body, headers['x-idempotency-key']);
  }

  @Post('v1/loan-applications')
  @HttpCode(202)
  async submit(@Body() body: JsonBody, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.gate(headers, reply);
    return this.lender.submit(body);
  }

  @Post('v1/loan-applications/:id/acceptance')
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

  @Post('v1/loan-applications/:id/disbursements')
  @HttpCode(202)
  async disburse(
    @Param('id') id: string,
    @Body() body: JsonBody,
    @Headers() headers: Record<string, string>,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.gate(headers, reply);
    return this.lender.disburse(id, body);
  }

  @Get('v1/loan-applications/:id')
  async application(@Param('id') id: string, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.gate(headers, reply);
    return this.lender.status(id);
  }

  @Get('v1/loan-applications/:id/disbursement')
  async disbursement(@Param('id') id: string, @Headers() headers: Record<string, string>, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.gate(headers, reply);
    return this.lender.disbursement(id);
  }

  @Put('admin/applications/:id/status')
  forceStatus(@Param('id') id: string, @Body() body: JsonBody) {
    return this.lender.forceStatus(id, String(body.status));
  }

  @Put('admin/tokens')
  configureTokens(@Body() body: JsonBody) {
    return this.lender.configureTokens(typeof body.ttlSeconds === 'number' ? body.ttlSeconds : undefined, body.revoke === true);
  }

  private async gate(headers: Record<string, string>, reply: FastifyReply): Promise<void> {
    await this.faults.apply(NORTHSTAR_CODE, reply);
    this.lender.authenticate(headers.authorization);
  }
}
