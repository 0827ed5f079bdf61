import { failureEventOf, type DurableCatalogue, type ServiceName } from '@los/contracts';

export interface ServiceWiring {
  service: ServiceName;
  reportsTo: readonly ServiceName[];
  commandPatterns: readonly string[];
  eventTypes: readonly string[];
}

/**
 * What the catalogue requires of one service, as a list of problems (empty when it may boot): a sender handles every
 * result event and the failure event of each command it sends; a receiver handles each command it receives, reports
 * to all of its senders, and handles no command the catalogue gives to another service.
 */
export function durableWiringProblems(wiring: ServiceWiring, catalogue: DurableCatalogue): string[] {
  const problems: string[] = [];
  const events = new Set(wiring.eventTypes);
  const commands = new Set(wiring.commandPatterns);
  for (const [pattern, route] of Object.entries(catalogue)) {
    if (!route) continue;
    if (route.senders.includes(wiring.service)) {
      const missing = [...route.results, failureEventOf(pattern)].filter((type) => !events.has(type));
      if (missing.length > 0) problems.push(`sends ${pattern} but has no event handler for ${missing.join(', ')}`);
    }
    if (route.receiver === wiring.service) {
      if (!commands.has(pattern)) problems.push(`receives ${pattern} but has no command handler for it`);
      const unreached = route.senders.filter((sender) => !wiring.reportsTo.includes(sender));
      if (unreached.length > 0) problems.push(`receives ${pattern} but its reportsTo misses the sender(s) ${unreached.join(', ')}`);
    }
  }
  for (const pattern of commands) {
    const route = catalogue[pattern];
    if (!route) problems.push(`handles ${pattern}, which is not in the durable command catalogue`);
    else if (route.receiver !== wiring.service) problems.push(`handles ${pattern}, which the catalogue gives to ${route.receiver}`);
  }
  return problems;
}

/** Refuses to boot a service whose durable wiring does not match the catalogue, naming everything missing. */
export function assertDurableWiring(wiring: ServiceWiring, catalogue: DurableCatalogue): void {
  const problems = durableWiringProblems(wiring, catalogue);
  if (problems.length > 0) {
    throw new Error(`Durable wiring of ${wiring.service} is incomplete:\n- ${problems.join('\n- ')}`);
  }
}
