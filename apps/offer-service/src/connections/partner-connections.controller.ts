import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import { MessagePattern as Pattern, QueryEnvelope, type PartnerConnectionsReply } from '@los/contracts';
import { ListPartnerConnectionsUseCase } from './usecases/list-partner-connections/list-partner-connections.usecase.js';

@Controller()
export class PartnerConnectionsController {
  constructor(private readonly listConnections: ListPartnerConnectionsUseCase) {}

  @MessagePattern(Pattern.PartnerConnections)
  list(@Payload() message: unknown): Promise<PartnerConnectionsReply> {
    parseMessage(QueryEnvelope, message);
    return this.listConnections.execute();
  }
}
