import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { DurableCommandHandler, type CommandHandler, type CommandOutcome } from '@los/common';
import { EventType, KycProbeCommand, MessagePattern, type CommandEnvelope, type KycProbeCompleted } from '@los/contracts';
import type { Model } from 'mongoose';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { ProbeRun } from './probe-run.schema.js';

export const INSTANCE_ID = `${hostname()}:${process.pid}`;

@Injectable()
@DurableCommandHandler(MessagePattern.KycProbe)
export class KycProbeHandler implements CommandHandler<KycProbeCommand> {
  readonly payloadClass = KycProbeCommand;

  constructor(@InjectModel(ProbeRun.name) private readonly runs: Model<ProbeRun>) {}

  async execute(payload: KycProbeCommand, envelope: CommandEnvelope): Promise<CommandOutcome> {
    if (payload.workMs) await sleep(payload.workMs);
    await this.runs.create({ commandId: envelope.commandId, processedBy: INSTANCE_ID, correlationId: envelope.correlationId });
    const completed: KycProbeCompleted = { probeId: payload.probeId, processedBy: INSTANCE_ID };
    return { type: EventType.KycProbeCompleted, payload: completed };
  }
}
