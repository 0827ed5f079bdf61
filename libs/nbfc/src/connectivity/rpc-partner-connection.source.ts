import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { AppException, RpcClient } from '@los/common';
import { ErrorCode, MessagePattern, type PartnerConnectionsReply } from '@los/contracts';
import type { ResilienceOptions } from '../resilience/resilience-options.js';
import type { PartnerConnection, PartnerConnectionSource } from './partner-connection.js';

export interface RpcSourceRetry {
  attempts: number;
  delayMs: number;
}

export const RPC_SOURCE_RETRY = Symbol('RPC_SOURCE_RETRY');
const DEFAULT_RETRY: RpcSourceRetry = { attempts: 30, delayMs: 1_000 };
const RETRYABLE = new Set<string>([ErrorCode.UpstreamUnavailable, ErrorCode.UpstreamTimeout]);

/**
 * The partner connections of a service that does not own them (the disbursal service): asked of the offer
 * service at boot. Services start in any order, so an offer service not answering yet is waited for a while;
 * a refusal (a literal secret in a shared row) fails the boot at once.
 */
@Injectable()
export class RpcPartnerConnectionSource implements PartnerConnectionSource {
  private readonly logger = new Logger(RpcPartnerConnectionSource.name);

  constructor(
    @Inject(RpcClient) private readonly rpc: Pick<RpcClient, 'send'>,
    @Optional() @Inject(RPC_SOURCE_RETRY) private readonly retry: RpcSourceRetry = DEFAULT_RETRY,
  ) {}

  async enabledConnections(): Promise<PartnerConnection[]> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        const reply = await this.rpc.send<PartnerConnectionsReply>(MessagePattern.PartnerConnections, {
          correlationId: `partner-connections-${process.pid}-${attempt}`,
          payload: {},
        });
        return reply.connections.map((view) => ({ ...view, resilience: view.resilience as unknown as ResilienceOptions }));
      } catch (error) {
        const retryable = error instanceof AppException && RETRYABLE.has(error.code);
        if (!retryable || attempt >= this.retry.attempts) throw error;
        this.logger.warn({ attempt, code: error.code }, 'partner connections not available yet; asking again');
        await new Promise((wake) => setTimeout(wake, this.retry.delayMs));
      }
    }
  }
}
