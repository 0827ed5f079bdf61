import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import { MessagePattern as Pattern, QueryEnvelope, StoreBankAccountRequest, type StoreBankAccountReply } from '@los/contracts';
import { StoreBankAccount } from './store-bank-account.usecase.js';

@Controller()
export class StoreBankAccountController {
  constructor(private readonly store: StoreBankAccount) {}

  @MessagePattern(Pattern.DisbursalStoreBankAccount)
  accept(@Payload() message: unknown): Promise<StoreBankAccountReply> {
    const envelope = parseMessage(QueryEnvelope, message);
    return this.store.execute(parseMessage(StoreBankAccountRequest, envelope.payload), envelope.correlationId);
  }
}
