import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@los/common';
import { FaultGate } from '../faults/fault-gate.service.js';
import { IdentitySource } from '../identity-source.js';
import { AadhaarEkycService } from './aadhaar-ekyc.service.js';
import type { EkycView } from './ekyc.view.js';
import { RequestOtpDto } from './request-otp.dto.js';
import { SubmitOtpDto } from './submit-otp.dto.js';

@Public()
@Controller('v1/identity/aadhaar')
export class AadhaarEkycController {
  constructor(
    private readonly gate: FaultGate,
    private readonly ekyc: AadhaarEkycService,
  ) {}

  @Post('otp')
  @HttpCode(200)
  async requestOtp(@Body() body: RequestOtpDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ txnId: string }> {
    await this.gate.pass(IdentitySource.Aadhaar, reply);
    return this.ekyc.requestOtp(body.aadhaar);
  }

  @Post('ekyc')
  @HttpCode(200)
  async submitOtp(@Body() body: SubmitOtpDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<EkycView> {
    await this.gate.pass(IdentitySource.Aadhaar, reply);
    return this.ekyc.submitOtp(body.txnId, body.otp);
  }
}
