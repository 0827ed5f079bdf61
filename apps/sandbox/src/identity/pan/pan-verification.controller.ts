import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@los/common';
import { FaultGate } from '../faults/fault-gate.service.js';
import { IdentitySource } from '../identity-source.js';
import { PanVerificationService } from './pan-verification.service.js';
import type { PanVerificationView } from './pan-verification.view.js';
import { VerifyPanDto } from './verify-pan.dto.js';

@Public()
@Controller('v1/identity/pan')
export class PanVerificationController {
  constructor(
    private readonly gate: FaultGate,
    private readonly pans: PanVerificationService,
  ) {}

  @Post('verify')
  @HttpCode(200)
  async verify(@Body() body: VerifyPanDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<PanVerificationView> {
    await this.gate.pass(IdentitySource.Pan, reply);
    return this.pans.verify(body);
  }
}
