import { Body, Controller, Get, Headers, Param, Post, Res, UseFilters } from '@nestjs/common';
import { Public } from '@los/common';
import type { FastifyReply } from 'fastify';
import { LenderFaults } from '../faults/lender-faults.service.js';
import { LenderErrorFilter } from '../shared/lender-error.filter.js';
import { LenderHttpError } from '../shared/lender-http.error.js';
import { KUBER_CODE, KUBER_SANDBOX_API_KEY } from './kuber-lender.constants.js';
import { KuberLenderService } from './kuber-lender.service.js';
import { kuberErrorXml } from './kuber-xml.codec.js';

/** KUBER's lending API, simulated: XML bodies, an API key header, no webhooks. */
@Public()
@UseFilters(LenderErrorFilter)
@Controller('lenders/kuber')
export class KuberLenderController {
  constructor(
    private readonly lender: KuberLenderService,
    private readonly faults: LenderFaults,
  ) {}

  @Post('quotes')
  async quote(@Headers('x-kuber-api-key') key: string | undefined, @Body() xml: unknown, @Res() reply: FastifyReply): Promise<void> {
    await this.guard(key, reply);
    this.send(reply, this.lender.quote(xml, new Date()));
  }

  @Post('applications')
  async submit(@Headers('x-kuber-api-key') key: string | undefined, @Body() xml: unknown, @Res() reply: FastifyReply): Promise<void> {
    await this.guard(key, reply);
    this.send(reply, this.lender.submit(xml));
  }

  @Post('applications/:ref/accept')
  async accept(
    @Headers('x-kuber-api-key') key: string | undefined,
    @Param('ref') ref: string,
    @Body() xml: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.guard(key, reply);
    this.send(reply, this.lender.accept(ref, xml));
  }

  @Post('applications/:ref/disbursals')
  async disburse(
    @Headers('x-kuber-api-key') key: string | undefined,
    @Param('ref') ref: string,
    @Body() xml: unknown,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.guard(key, reply);
    this.send(reply, this.lender.disburse(ref, xml));
  }

  @Get('applications/:ref')
  async application(
    @Headers('x-kuber-api-key') key: string | undefined,
    @Param('ref') ref: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.guard(key, reply);
    this.send(reply, this.lender.applicationStatus(ref));
  }

  @Get('applications/:ref/disbursal')
  async disbursal(
    @Headers('x-kuber-api-key') key: string | undefined,
    @Param('ref') ref: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.guard(key, reply);
    this.send(reply, this.lender.disbursalStatus(ref));
  }

  private async guard(key: string | undefined, reply: FastifyReply): Promise<void> {
    await this.faults.apply(KUBER_CODE, reply);
    if (key !== KUBER_SANDBOX_API_KEY) {
      throw new LenderHttpError(401, kuberErrorXml('AUTH_FAILED', 'Unknown API key'), { 'content-type': 'application/xml' });
    }
  }

  private send(reply: FastifyReply, answer: { status: number; xml: string }): void {
    void reply.status(answer.status).header('content-type', 'application/xml').send(answer.xml);
  }
}
