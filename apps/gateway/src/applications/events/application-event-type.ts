/** The kinds of application events, as streamed (`event:`) and as webhook/notification triggers. */
export enum ApplicationEventType {
  Created = 'application.created',
  StatusChanged = 'application.status_changed',
}
