import { InboxCommandEntity } from './inbox-command.entity.js';
import { OutboxCommandEntity } from './outbox-command.entity.js';
import { ProcessedEventEntity } from './processed-event.entity.js';

export const DURABLE_ENTITIES = [OutboxCommandEntity, InboxCommandEntity, ProcessedEventEntity];
