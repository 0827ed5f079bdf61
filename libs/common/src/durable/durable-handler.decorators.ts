import { DiscoveryService } from '@nestjs/core';

/** Marks a provider as the handler of one durable command pattern; found at boot by the durable module. */
export const DurableCommandHandler = DiscoveryService.createDecorator<string>();

/** Marks a provider as the handler of one result event type (a failure event: `failureEventOf(pattern)`). */
export const DurableEventHandler = DiscoveryService.createDecorator<string>();
