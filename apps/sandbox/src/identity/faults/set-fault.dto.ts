import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';
import { FAULT_MODES, MAX_LATENCY_MS, type FaultMode } from './fault-mode.constants.js';

export class SetFaultDto {
  @IsIn(FAULT_MODES) mode: FaultMode;

  /** Delay of `slow` (default 2 s) or hold of `timeout` (default 30 s). */
  @IsOptional() @IsInt() @Min(0) @Max(MAX_LATENCY_MS) latencyMs?: number;

  /** Fault only the next N requests, then recover. */
  @IsOptional() @IsInt() @Min(1) @Max(10_000) failNext?: number;

  /** Share of requests faulted, spread evenly: 0.5 faults the 1st, 3rd, 5th... */
  @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(0) @Max(1) ratio?: number;
}
