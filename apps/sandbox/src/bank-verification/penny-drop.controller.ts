import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@los/common';
import { FaultGate } from '../identity/faults/fault-gate.service.js';
import { BankVerificationSource } from '../identity/faults/fault-source.js';
import { PennyDropDto } from './penny-drop.dto.js';
import { PennyDropService } from './penny-drop.service.js';
import type { PennyDropView } from './penny-drop.view.js';

/** The account-verification provider: faults from `PUT /sandbox/faults/bank-account`. */
@Public()
@Controller('v1/bank-verification')
export class PennyDropController {
  constructor(
    private readonly gate: FaultGate,
    private readonly pennyDrops: PennyDropService,
  ) {}

  @Post('penny-drop')
  @HttpCode(200)
  async pennyDrop(@Body() body: PennyDropDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<PennyDropView> {
    await this.gate.pass(BankVerificationSource.BankAccount, reply);
    return this.pennyDrops.verify(body);
  }
}
