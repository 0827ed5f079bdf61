import type { ApplicationEventEntity } from '../applications/events/application-event.entity.js';
import type { ApplicationEventView } from './application-event.view.js';

export function toApplicationEventView(event: ApplicationEventEntity): ApplicationEventView {
  return {
    id: Number(event.id),
    applicationId: event.applicationId,
    type: event.type,
    from: event.fromStatus,
    to: event.toStatus,
    at: event.at.toISOString(),
    version: Number(event.payload.version),
  };
}
