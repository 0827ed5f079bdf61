import { Injectable } from '@nestjs/common';
import type { CommandHandler, EventHandler } from './durable-handler.js';

/** Handlers register themselves at module init; the durable machinery looks them up by name. */
@Injectable()
export class DurableHandlers {
  private readonly commands = new Map<string, CommandHandler>();
  private readonly events = new Map<string, EventHandler>();

  registerCommand<P extends object>(handler: CommandHandler<P>): void {
    this.commands.set(handler.pattern, handler as unknown as CommandHandler);
  }

  registerEvent<P extends object>(handler: EventHandler<P>): void {
    this.events.set(handler.type, handler as unknown as EventHandler);
  }

  commandFor(pattern: string): CommandHandler | undefined {
    return this.commands.get(pattern);
  }

  eventFor(type: string): EventHandler | undefined {
    return this.events.get(type);
  }
}
