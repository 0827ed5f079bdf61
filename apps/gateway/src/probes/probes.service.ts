import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AppException, CommandOutbox, RpcClient, stageIdempotentResponse } from '@los/common';
import { ErrorCode, MessagePattern, type KycProbeCommand, type KycProbeStatusReply, type QueryEnvelope } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { ProbeEntity, ProbeStatus } from './probe.entity.js';
import { toProbeView } from './probe.mapper.js';

@Injectable()
export class ProbesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ProbeEntity) private readonly probes: Repository<ProbeEntity>,
    private readonly outbox: CommandOutbox,
    private readonly rpc: RpcClient,
  ) {}

  /** The probe and its command commit together, so an acknowledged probe always completes. */
  async create(workMs: number | undefined, correlationId: string): Promise<ProbeEntity> {
    const id = randomUUID();
    const probe = await this.dataSource.transaction(async (manager) => {
      const command: KycProbeCommand = { probeId: id, ...(workMs !== undefined ? { workMs } : {}) };
      const envelope = await this.outbox.record(manager, MessagePattern.KycProbe, command, correlationId);
      const entity = manager.create(ProbeEntity, {
        id,
        status: ProbeStatus.Requested,
        commandId: envelope.commandId,
        appliedCount: 0,
        createdAt: new Date(),
      });
      const saved = await manager.save(entity);
      stageIdempotentResponse(toProbeView(saved));
      return saved;
    });
    this.outbox.deliver(probe.commandId);
    return probe;
  }

  async get(id: string): Promise<ProbeEntity> {
    const probe = await this.probes.findOneBy({ id });
    if (!probe) throw new AppException(ErrorCode.NotFound, 'Probe not found');
    return probe;
  }

  /** Asks kyc-service synchronously how it sees the probe's command. */
  async remoteStatus(id: string, correlationId: string): Promise<KycProbeStatusReply> {
    const probe = await this.get(id);
    const query: QueryEnvelope<{ commandId: string }> = { correlationId, payload: { commandId: probe.commandId } };
    return this.rpc.send<KycProbeStatusReply>(MessagePattern.KycProbeStatus, query);
  }
}
