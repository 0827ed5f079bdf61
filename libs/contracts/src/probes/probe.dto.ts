import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

/** Synthetic command that proves the durable path end to end; `workMs` simulates slow work. */
export class KycProbeCommand {
  @IsUUID()
  probeId: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  workMs?: number;
}

export class KycProbeCompleted {
  @IsUUID()
  probeId: string;

  @IsString()
  @MaxLength(128)
  processedBy: string;
}

export class KycProbeStatusQuery {
  @IsUUID()
  commandId: string;
}

export interface KycProbeStatusReply {
  commandId: string;
  status: string;
  attempts: number;
}
