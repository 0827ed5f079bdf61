import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationsModule } from '../applications/applications.module.js';
import { EmailSender } from './channels/email.sender.js';
import { SmsSender } from './channels/sms.sender.js';
import { NotificationDeliveriesRepository } from './notification-deliveries.repository.js';
import { NotificationDeliveryEntity } from './notification-delivery.entity.js';
import { NotificationDispatcher } from './notification-dispatcher.task.js';
import { NotificationPlanner } from './notification-planner.service.js';
import { NotificationsController } from './notifications.controller.js';

/** Borrower notifications: planned with each milestone event, sent by email and SMS with retries, logged for staff. */
@Module({
  imports: [ApplicationsModule, TypeOrmModule.forFeature([NotificationDeliveryEntity, ApplicationEntity])],
  controllers: [NotificationsController],
  providers: [NotificationDeliveriesRepository, NotificationPlanner, NotificationDispatcher, EmailSender, SmsSender],
})
export class NotificationsModule {}
