import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module.js';
import { ApplicationEventStream } from './application-event-stream.service.js';
import { ApplicationEventsController } from './application-events.controller.js';
import { VisibleApplicationGuard } from './visible-application.guard.js';

/** The application event log read back as a live stream. */
@Module({
  imports: [ApplicationsModule],
  controllers: [ApplicationEventsController],
  providers: [ApplicationEventStream, VisibleApplicationGuard],
})
export class ApplicationEventsModule {}
