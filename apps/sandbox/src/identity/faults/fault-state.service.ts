import { Injectable } from '@nestjs/common';
import { FAULT_SOURCES, type FaultSource } from './fault-source.js';
import { DEFAULT_SLOW_MS, DEFAULT_TIMEOUT_HOLD_MS, type FaultMode } from './fault-mode.constants.js';
import type { SetFaultDto } from './set-fault.dto.js';

export interface FaultView {
  mode: FaultMode;
  latencyMs?: number;
  failNext?: number;
  ratio?: number;
}

export type FaultDecision = { mode: 'none' | 'error' | 'rate_limit' | 'not_found' } | { mode: 'slow' | 'timeout'; latencyMs: number };

interface ActiveFault extends FaultView {
  seen: number;
}

@Injectable()
export class FaultStateService {
  private readonly faults = new Map<FaultSource, ActiveFault>();

  set(source: FaultSource, setting: SetFaultDto): FaultView {
    if (setting.mode === 'none') this.faults.delete(source);
    else this.faults.set(source, { ...withoutUndefined(setting), seen: 0 });
    return this.view(source);
  }

  resetAll(): void {
    this.faults.clear();
  }

  view(source: FaultSource): FaultView {
    const { seen: _seen, ...view } = this.faults.get(source) ?? { mode: 'none', seen: 0 };
    return view;
  }

  viewAll(): Record<FaultSource, FaultView> {
    return Object.fromEntries(FAULT_SOURCES.map((source) => [source, this.view(source)])) as Record<FaultSource, FaultView>;
  }

  /** Decides the next request's fate; a `failNext` fault clears itself after its last fault. */
  next(source: FaultSource): FaultDecision {
    const fault = this.faults.get(source);
    if (!fault) return { mode: 'none' };
    const hit = fault.ratio === undefined || evenShareHits(fault.seen, fault.ratio);
    fault.seen += 1;
    if (!hit) return { mode: 'none' };
    if (fault.failNext !== undefined && --fault.failNext === 0) this.faults.delete(source);
    return decisionOf(fault);
  }
}

/** Request n (from 0) is hit when it raises ceil(ratio × requests): a `ratio` share, evenly spread, the first one hit. */
function evenShareHits(n: number, ratio: number): boolean {
  const EPSILON = 1e-9;
  return Math.ceil((n + 1) * ratio - EPSILON) > Math.ceil(n * ratio - EPSILON);
}

function decisionOf(fault: ActiveFault): FaultDecision {
  if (fault.mode === 'slow') return { mode: 'slow', latencyMs: fault.latencyMs ?? DEFAULT_SLOW_MS };
  if (fault.mode === 'timeout') return { mode: 'timeout', latencyMs: fault.latencyMs ?? DEFAULT_TIMEOUT_HOLD_MS };
  return { mode: fault.mode };
}

function withoutUndefined(setting: SetFaultDto): FaultView {
  return Object.fromEntries(Object.entries(setting).filter(([, value]) => value !== undefined)) as FaultView;
}
