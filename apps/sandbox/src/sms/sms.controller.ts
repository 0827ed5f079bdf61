import { Body, Controller, Delete, Get, Headers, HttpCode, Post, Put, Query, Res } from '@nestjs/common';
import { AppException, Public } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { FastifyReply } from 'fastify';
import { SendSmsDto, SmsFaultDto } from './send-sms.dto.js';
import { SmsFaults } from './sms-faults.service.js';
import { SmsMessageStore, type SmsMessage } from './sms-message.store.js';

/** DLT header ids: six letters (promotional ones are numeric, which transactional messages may not use). */
const SENDER_ID = /^[A-Z]{6}$/;

/** An SMS gateway, simulated: DLT fields checked as operators check them, accepted messages kept for tests to read. */
@Public()
@Controller('sandbox/sms')
export class SmsController {
  constructor(
    private readonly store: SmsMessageStore,
    private readonly faults: SmsFaults,
  ) {}

  @Post('messages')
  @HttpCode(202)
  send(
    @Body() body: SendSmsDto,
    @Headers('x-sender-id') senderId: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): { messageId: string; status: 'ACCEPTED' } {
    if (!senderId || !SENDER_ID.test(senderId)) {
      throw new AppException(ErrorCode.ValidationFailed, 'X-Sender-Id must be the six-letter DLT header');
    }
    const fault = this.faults.next();
    if (fault === 'error') throw new AppException(ErrorCode.UpstreamUnavailable, 'The SMS gateway is unavailable');
    if (fault === 'rate_limit') {
      void reply.header('retry-after', '1');
      throw new AppException(ErrorCode.TooManyRequests, 'Too many messages');
    }
    const { message } = this.store.accept(body, senderId);
    return { messageId: message.messageId, status: 'ACCEPTED' };
  }

  @Get('messages')
  list(@Query('to') to?: string): SmsMessage[] {
    return this.store.to(to);
  }

  @Delete('messages')
  @HttpCode(204)
  clear(): void {
    this.store.clear();
  }

  @Put('faults')
  setFault(@Body() body: SmsFaultDto) {
    return this.faults.set(body);
  }
}
