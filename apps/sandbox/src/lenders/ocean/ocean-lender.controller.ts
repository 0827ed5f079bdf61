import { Controller, Get, Headers, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { Public } from '@los/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LenderFaults } from '../faults/lender-faults.service.js';
import { LenderErrorFilter } from '../shared/lender-error.filter.js';
import { OCEAN_CODE } from './ocean-lender.constants.js';
import { OceanKeys } from './ocean-keys.service.js';
import { OceanLenderService, type SignedAnswer } from './ocean-lender.service.js';
import { rawBodyOf } from './ocean-raw-body.registrar.js';

type Json = Record<string, unknown>;

/** OCEAN's OCEN-style lending API, simulated: every request's detached JWS must verify against the registered client key. */
@Public()
@UseFilters(LenderErrorFilter)
@Controller('lenders/ocean')
export class OceanLenderController {
  constructor(
    private readonly lender: OceanLenderService,
    private readonly keys: OceanKeys,
    private readonly faults: LenderFaults,
  ) {}

  @Post('quotes')
  async quote(
    @Req() request: FastifyRequest,
    @Headers('x-jws-signature') jws: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.handle(request, jws, reply, (body) => this.lender.quote(body));
  }

  @Post('loan-applications')
  async submit(
    @Req() request: FastifyRequest,
    @Headers('x-jws-signature') jws: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.handle(request, jws, reply, (body) => this.lender.submit(body));
  }

  @Post('loan-applications/:id/accept')
  async accept(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Headers('x-jws-signature') jws: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.handle(request, jws, reply, (body) => this.lender.accept(id, body));
  }

  @Post('loan-applications/:id/disbursements')
  async disburse(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Headers('x-jws-signature') jws: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.handle(request, jws, reply, (body) => this.lender.disburse(id, body));
  }

  @Get('loan-applications/:id')
  async application(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Headers('x-jws-signature') jws: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.handle(request, jws, reply, () => this.lender.applicationStatus(id));
  }

  @Get('loan-applications/:id/disbursement')
  async disbursement(
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Headers('x-jws-signature') jws: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.handle(request, jws, reply, () => this.lender.disbursementStatus(id));
  }

  private async handle(
    request: FastifyRequest,
    jws: string | undefined,
    reply: FastifyReply,
    act: (body: Json) => SignedAnswer,
  ): Promise<void> {
    await this.faults.apply(OCEAN_CODE, reply);
    const raw = rawBodyOf(request) ?? Buffer.alloc(0);
    if (!this.keys.verifiesClient(jws, raw))
      return this.send(reply, this.lender.error(401, 'SIGNATURE_INVALID', 'The request signature does not verify'));
    const body = request.body;
    if (request.method === 'POST' && (!body || typeof body !== 'object' || Array.isArray(body))) {
      return this.send(reply, this.lender.error(400, 'INVALID_REQUEST', 'The body must be a JSON object'));
    }
    this.send(reply, act((body ?? {}) as Json));
  }

  private send(reply: FastifyReply, answer: SignedAnswer): void {
    void reply
      .status(answer.status)
      .header('content-type', 'application/json')
      .header('x-jws-signature', answer.signature)
      .send(answer.text);
  }
}
