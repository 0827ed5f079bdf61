import { Injectable } from '@nestjs/common';
import type { LenderFaultMode, SetLenderFaultDto } from './lender-fault.dto.js';

export interface LenderFaultView {
  mode: LenderFaultMode;
  latencyMs?: number;
  ratio?: number;
  failNext?: number;
  retryAfterSeconds?: number;
  route?: string;
  webhooks?: { duplicate?: boolean; outOfOrder?: boolean };
}

export type LenderFaultDecision =
  | { mode: 'none' | 'error' | 'down' | 'reject' }
  | { mode: 'rate_limit'; retryAfterSeconds: number }
  | { mode: 'slow' | 'timeout'; latencyMs: number };

interface ActiveFault extends LenderFaultView {
  seen: number;
}

const DEFAULT_SLOW_MS = 2_000;
const DEFAULT_TIMEOUT_HOLD_MS = 30_000;

/** Per lender code: the fault set by a test, deciding each request's fate deterministically. */
@Injectable()
export class LenderFaultStateService {
  private readonly faults = new Map<string, ActiveFault>();

  set(code: string, setting: SetLenderFaultDto): LenderFaultView {
    const clean = JSON.parse(JSON.stringify(setting)) as LenderFaultView;
    if (clean.mode === 'none' && !clean.webhooks) this.faults.delete(code);
    else this.faults.set(code, { ...clean, seen: 0 });
    return this.view(code);
  }

  reset(code: string): void {
    this.faults.delete(code);
  }

  view(code: string): LenderFaultView {
    const { seen: _seen, ...view } = this.faults.get(code) ?? { mode: 'none' as const, seen: 0 };
    return view;
  }

  webhookFaults(code: string): { duplicate: boolean; outOfOrder: boolean } {
    const webhooks = this.faults.get(code)?.webhooks;
    return { duplicate: webhooks?.duplicate ?? false, outOfOrder: webhooks?.outOfOrder ?? false };
  }

  next(code: string, route = ''): LenderFaultDecision {
    const fault = this.faults.get(code);
    if (!fault || fault.mode === 'none') return { mode: 'none' };
    if (fault.route !== undefined && !route.includes(fault.route)) return { mode: 'none' };
    const hit = fault.ratio === undefined || evenShareHits(fault.seen, fault.ratio);
    fault.seen += 1;
    if (!hit) return { mode: 'none' };
    if (fault.failNext !== undefined && --fault.failNext === 0) {
      if (fault.webhooks) this.faults.set(code, { mode: 'none', webhooks: fault.webhooks, seen: 0 });
      else this.faults.delete(code);
    }
    if (fault.mode === 'slow') return { mode: 'slow', latencyMs: fault.latencyMs ?? DEFAULT_SLOW_MS };
    if (fault.mode === 'timeout') return { mode: 'timeout', latencyMs: fault.latencyMs ?? DEFAULT_TIMEOUT_HOLD_MS };
    if (fault.mode === 'rate_limit') return { mode: 'rate_limit', retryAfterSeconds: fault.retryAfterSeconds ?? 1 };
    return { mode: fault.mode };
  }
}

/** Request n (from 0) is hit when it raises ceil(ratio × requests): an even share, the first one hit. */
function evenShareHits(n: number, ratio: number): boolean {
  const EPSILON = 1e-9;
  return Math.ceil((n + 1) * ratio - EPSILON) > Math.ceil(n * ratio - EPSILON);
}
