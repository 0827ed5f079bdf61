import { Controller } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AppException, CommandInbox, InboxCommandEntity, parseMessage } from '@los/common';
import { ErrorCode, KycProbeStatusQuery, MessagePattern as Pattern, QueryEnvelope, type KycProbeStatusReply } from '@los/contracts';
import type { Repository } from 'typeorm';

@Controller()
export class ProbeCommandsController {
  constructor(
    private readonly inbox: CommandInbox,
    @InjectRepository(InboxCommandEntity) private readonly commands: Repository<InboxCommandEntity>,
  ) {}

  @MessagePattern(Pattern.KycProbe)
  accept(@Payload() message: unknown) {
    return this.inbox.accept(message);
  }

  @MessagePattern(Pattern.KycProbeStatus)
  async status(@Payload() message: unknown): Promise<KycProbeStatusReply> {
    const { payload } = parseMessage(QueryEnvelope, message);
    const { commandId } = parseMessage(KycProbeStatusQuery, payload);
    const command = await this.commands.findOneBy({ id: commandId });
    if (!command) throw new AppException(ErrorCode.NotFound, 'Command not found');
    return { commandId, status: command.status, attempts: command.attempts };
  }
}
