import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { AppException, Public } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import { MAGIC_PAN, SLOW_ANSWER_MS, SLOW_PAN_DIGITS, UNAVAILABLE_PAN_DIGITS } from './bureau-magic-pans.constants.js';
import { bureauScoreOf, maskPan } from './bureau-score.model.js';
import { BureauScoreRequest } from './bureau-score.request.js';

/** A credit bureau's score pull, simulated. */
@Controller('v1/bureau')
export class BureauController {
  @Public()
  @Post('score')
  @HttpCode(200)
  async score(@Body() { pan }: BureauScoreRequest): Promise<{ pan: string; score: number }> {
    const magicDigits = MAGIC_PAN.exec(pan)?.[1];
    if (magicDigits === UNAVAILABLE_PAN_DIGITS) throw new AppException(ErrorCode.UpstreamUnavailable, 'The bureau is down');
    if (magicDigits === SLOW_PAN_DIGITS) await sleep(SLOW_ANSWER_MS);
    return { pan: maskPan(pan), score: bureauScoreOf(pan) };
  }
}
