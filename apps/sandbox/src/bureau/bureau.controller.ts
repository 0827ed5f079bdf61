import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import { AppException, Public } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { FastifyReply } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { BureauFaults } from './bureau-faults.service.js';
import { MAGIC_PAN, SLOW_ANSWER_MS, SLOW_PAN_DIGITS, UNAVAILABLE_PAN_DIGITS } from './bureau-magic-pans.constants.js';
import { bureauReportOf, type BureauReport } from './bureau-report.model.js';
import { bureauScoreOf, maskPan } from './bureau-score.model.js';
import { BureauScoreRequest } from './bureau-score.request.js';

/** A credit bureau's score and report pulls, simulated. */
@Controller('v1/bureau')
export class BureauController {
  constructor(private readonly faults: BureauFaults) {}

  @Public()
  @Post('score')
  @HttpCode(200)
  async score(@Body() { pan }: BureauScoreRequest): Promise<{ pan: string; score: number }> {
    await magicFaultOf(pan);
    return { pan: maskPan(pan), score: bureauScoreOf(pan) };
  }

  /** The full report: score, active loans and EMIs, delinquencies, enquiries and written-off accounts. */
  @Public()
  @Post('report')
  @HttpCode(200)
  async report(@Body() { pan }: BureauScoreRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<BureauReport> {
    await magicFaultOf(pan);
    await this.faults.pass(reply);
    return bureauReportOf(pan);
  }
}

async function magicFaultOf(pan: string): Promise<void> {
  const magicDigits = MAGIC_PAN.exec(pan)?.[1];
  if (magicDigits === UNAVAILABLE_PAN_DIGITS) throw new AppException(ErrorCode.UpstreamUnavailable, 'The bureau is down');
  if (magicDigits === SLOW_PAN_DIGITS) await sleep(SLOW_ANSWER_MS);
}
