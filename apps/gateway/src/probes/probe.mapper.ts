import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ProbeEntity } from './probe.entity.js';

export class ProbeView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['REQUESTED', 'COMPLETED', 'FAILED'] }) status: string;
  @ApiProperty({ description: 'Times the completion was applied: 0 or 1' }) appliedCount: number;
  @ApiPropertyOptional({ nullable: true, type: String }) processedBy: string | null;
  @ApiProperty() createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) completedAt: string | null;
}

export function toProbeView(probe: ProbeEntity): ProbeView {
  return {
    id: probe.id,
    status: probe.status,
    appliedCount: probe.appliedCount,
    processedBy: probe.processedBy,
    createdAt: probe.createdAt.toISOString(),
    completedAt: probe.completedAt?.toISOString() ?? null,
  };
}

export class ProbeRemoteStatusView {
  @ApiProperty() commandId: string;
  @ApiProperty({ enum: ['RECEIVED', 'DONE'], description: "The command's state in kyc-service's inbox" }) status: string;
  @ApiProperty({ description: 'Times the sweeper re-drove it' }) attempts: number;
}
