import type { CommandHandler, EventHandler } from './durable-handler.js';

export interface DeclaredHandlers {
  commands: [string, CommandHandler][];
  events: [string, EventHandler][];
}

/** The handlers declared with the durable decorators, by command pattern and event type; filled once at boot. */
export class DurableHandlers {
  private readonly commands = new Map<string, CommandHandler>();
  private readonly events = new Map<string, EventHandler>();

  /** Two handlers for one name is a boot error: which one would run would be an accident. */
  load({ commands, events }: DeclaredHandlers): void {
    for (const [pattern, handler] of commands) addOnce(this.commands, 'command', pattern, handler);
    for (const [type, handler] of events) addOnce(this.events, 'event', type, handler);
  }

  commandFor(pattern: string): CommandHandler | undefined {
    return this.commands.get(pattern);
  }

  eventFor(type: string): EventHandler | undefined {
    return this.events.get(type);
  }

  commandPatterns(): string[] {
    return [...this.commands.keys()];
  }

  eventTypes(): string[] {
    return [...this.events.keys()];
  }
}

function addOnce<H extends object>(table: Map<string, H>, kind: string, name: string, handler: H): void {
  const existing = table.get(name);
  if (existing) {
    throw new Error(`Two durable ${kind} handlers for ${name}: ${existing.constructor.name} and ${handler.constructor.name}`);
  }
  table.set(name, handler);
}
