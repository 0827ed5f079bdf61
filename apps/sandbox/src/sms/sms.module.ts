import { Module } from '@nestjs/common';
import { SmsFaults } from './sms-faults.service.js';
import { SmsMessageStore } from './sms-message.store.js';
import { SmsController } from './sms.controller.js';

@Module({ controllers: [SmsController], providers: [SmsMessageStore, SmsFaults] })
export class SmsModule {}
