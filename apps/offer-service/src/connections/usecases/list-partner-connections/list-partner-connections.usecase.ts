import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, type PartnerConnectionView, type PartnerConnectionsReply } from '@los/contracts';
import type { PartnerConnection } from '@los/nbfc';
import { PartnerConnectionsRepository } from '../../partner-connections.repository.js';

const REFERENCE = /^(env|file):\S/;

/**
 * The enabled connections for the other services that call lenders. Secrets never cross the transport: a real
 * partner's credential must be an `env:`/`file:` reference, resolved by the reading service from its own
 * environment; only a sandbox lender's (path relative to SANDBOX_URL) carries its well-known test values.
 */
@Injectable()
export class ListPartnerConnectionsUseCase {
  constructor(private readonly connections: PartnerConnectionsRepository) {}

  async execute(): Promise<PartnerConnectionsReply> {
    const connections = await this.connections.enabledConnections();
    return { connections: connections.map(viewOf) };
  }
}

function viewOf(connection: PartnerConnection): PartnerConnectionView {
  if (!connection.baseUrlPath.startsWith('/')) {
    const literal = Object.entries(connection.credentials).find(([, value]) => !REFERENCE.test(value));
    if (literal)
      throw new AppException(
        ErrorCode.Forbidden,
        `Connection ${connection.partnerCode} holds credential ${literal[0]} as a value; only env:/file: references are shared`,
      );
  }
  return {
    partnerCode: connection.partnerCode,
    adapterType: connection.adapterType,
    baseUrlPath: connection.baseUrlPath,
    credentials: connection.credentials,
    resilience: { ...connection.resilience },
    sla: connection.sla,
  };
}
