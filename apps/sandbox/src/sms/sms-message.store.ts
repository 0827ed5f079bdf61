import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { SendSmsDto } from './send-sms.dto.js';

export interface SmsMessage extends SendSmsDto {
  messageId: string;
  senderId: string;
  receivedAt: string;
}

const MAX_KEPT = 10_000;

/** The messages the simulated operator accepted, newest last; a reference seen before answers its first message. */
@Injectable()
export class SmsMessageStore {
  private readonly messages: SmsMessage[] = [];
  private readonly byReference = new Map<string, SmsMessage>();

  accept(message: SendSmsDto, senderId: string): { message: SmsMessage; duplicate: boolean } {
    const seen = message.reference ? this.byReference.get(message.reference) : undefined;
    if (seen) return { message: seen, duplicate: true };
    const stored = { ...message, senderId, messageId: randomUUID(), receivedAt: new Date().toISOString() };
    this.messages.push(stored);
    if (message.reference) this.byReference.set(message.reference, stored);
    if (this.messages.length > MAX_KEPT) {
      const dropped = this.messages.shift()!;
      if (dropped.reference) this.byReference.delete(dropped.reference);
    }
    return { message: stored, duplicate: false };
  }

  to(mobile: string | undefined): SmsMessage[] {
    const last10 = mobile?.slice(-10);
    return this.messages.filter((message) => last10 === undefined || message.to.slice(-10) === last10);
  }

  clear(): void {
    this.messages.length = 0;
    this.byReference.clear();
  }
}
