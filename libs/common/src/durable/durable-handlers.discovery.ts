import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { DURABLE_COMMANDS } from '@los/contracts';
import { DURABLE_OPTIONS } from './durable.constants.js';
import { DurableCommandHandler, DurableEventHandler } from './durable-handler.decorators.js';
import type { CommandHandler, EventHandler } from './durable-handler.js';
import { DurableHandlers } from './durable-handlers.registry.js';
import type { DurableOptions } from './durable.options.js';
import { assertDurableWiring } from './durable-wiring.check.js';

/** Finds the decorated handlers once every provider exists, fills the registry, and refuses a wiring the catalogue forbids. */
@Injectable()
export class DurableHandlersDiscovery implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly handlers: DurableHandlers,
    @Inject(DURABLE_OPTIONS) private readonly options: DurableOptions,
  ) {}

  onModuleInit(): void {
    this.handlers.load({
      commands: this.declared<CommandHandler>(DurableCommandHandler),
      events: this.declared<EventHandler>(DurableEventHandler),
    });
    assertDurableWiring(
      {
        service: this.options.service,
        reportsTo: this.options.reportsTo,
        commandPatterns: this.handlers.commandPatterns(),
        eventTypes: this.handlers.eventTypes(),
      },
      DURABLE_COMMANDS,
    );
  }

  private declared<H>(decorator: typeof DurableCommandHandler): [string, H][] {
    return this.discovery
      .getProviders({ metadataKey: decorator.KEY })
      .filter((wrapper) => wrapper.instance && wrapper.metatype)
      .map((wrapper) => [this.discovery.getMetadataByDecorator(decorator, wrapper)!, wrapper.instance as H]);
  }
}
