import { Controller, Headers, Param, ParseUUIDPipe, Sse, UseGuards, type MessageEvent } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { AppException, Permission, RequirePermissions } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { Observable } from 'rxjs';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ApplicationEventStream } from './application-event-stream.service.js';
import { ApplicationEventView } from './application-event.view.js';
import { VisibleApplicationGuard } from './visible-application.guard.js';

const EXAMPLE_STREAM = `event: application.status_changed
id: 42
data: {"id":42,"applicationId":"9f1c2e1a-1111-4222-8333-444455556666","type":"application.status_changed","from":"KYC_IN_PROGRESS","to":"KYC_VERIFIED","at":"2026-01-02T03:04:05.006Z","version":2}

: heartbeat

`;

@ApiTags('applications')
@ApiExtraModels(ApplicationEventView)
@Controller('v1/applications')
export class ApplicationEventsController {
  constructor(private readonly events: ApplicationEventStream) {}

  @Sse(':id/events')
  @ApiOperation({
    operationId: 'streamApplicationEvents',
    summary: "Follow an application's events as Server-Sent Events",
    description:
      'Replays the events after Last-Event-ID (all of them without it), then sends new ones as they happen. Each event has ' +
      `\`id:\` (resume from it), \`event:\` (its type) and \`data:\`, a JSON ${getSchemaPath(ApplicationEventView)}. ` +
      'Idle streams get a `: heartbeat` comment from time to time. Reconnect with the last id seen as Last-Event-ID.',
  })
  @RequirePermissions(Permission.ApplicationRead)
  @UseGuards(VisibleApplicationGuard)
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last event received: only later events are sent' })
  @ApiOkResponse({
    description: 'An endless text/event-stream',
    content: { 'text/event-stream': { schema: { type: 'string' }, example: EXAMPLE_STREAM } },
  })
  @ApiErrors(400, 401, 403, 404)
  stream(@Param('id', ParseUUIDPipe) id: string, @Headers('last-event-id') lastEventId?: string): Observable<MessageEvent> {
    return this.events.of(id, lastEventIdOf(lastEventId));
  }
}

function lastEventIdOf(header: string | undefined): string {
  if (header === undefined || header.trim() === '') return '0';
  if (!/^\d{1,18}$/.test(header.trim())) throw new AppException(ErrorCode.ValidationFailed, 'Last-Event-ID must be an event id (digits)');
  return header.trim();
}
