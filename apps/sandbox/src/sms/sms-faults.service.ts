import { Injectable } from '@nestjs/common';
import type { SmsFaultDto } from './send-sms.dto.js';

export type SmsFault = 'none' | 'error' | 'rate_limit';

/** What the simulated operator does to the next messages: accept them, fail with 503, or refuse with 429. */
@Injectable()
export class SmsFaults {
  private mode: SmsFault = 'none';
  private remaining: number | undefined;

  set(fault: SmsFaultDto): { mode: SmsFault; failNext?: number } {
    this.mode = fault.mode;
    this.remaining = fault.failNext;
    return this.view();
  }

  next(): SmsFault {
    if (this.mode === 'none') return 'none';
    const mode = this.mode;
    if (this.remaining !== undefined && --this.remaining <= 0) this.set({ mode: 'none' });
    return mode;
  }

  view(): { mode: SmsFault; failNext?: number } {
    return this.remaining === undefined ? { mode: this.mode } : { mode: this.mode, failNext: this.remaining };
  }
}
