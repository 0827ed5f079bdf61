import { Injectable } from '@nestjs/common';
import type { LenderDisbursalScriptDto } from './lender-disbursal-script.dto.js';

/** What one disbursal does, as a test scripted it for the lender's next disbursal (one-shot). */
export interface DisbursalScript {
  fails: boolean;
  failureReason: string;
  /** Paise added to the amount asked for. */
  deltaPaise: number;
  withholdWebhooks: boolean;
}

const PAID: DisbursalScript = { fails: false, failureReason: '', deltaPaise: 0, withholdWebhooks: false };

/** Per lender code: the script of the next disbursal created (`PUT /lenders/:code/admin/disbursal-script`). */
@Injectable()
export class LenderDisbursalScripts {
  private readonly next = new Map<string, DisbursalScript>();

  set(code: string, dto: LenderDisbursalScriptDto): DisbursalScript {
    const [sign, rupees = '0.00'] = dto.paidAmountDelta?.startsWith('-') ? [-1, dto.paidAmountDelta.slice(1)] : [1, dto.paidAmountDelta];
    const [whole, fraction] = rupees.split('.') as [string, string];
    const script: DisbursalScript = {
      fails: dto.outcome === 'failed',
      failureReason: dto.failureReason ?? 'Beneficiary account closed',
      deltaPaise: sign * (Number(whole) * 100 + Number(fraction)),
      withholdWebhooks: dto.withholdWebhooks ?? false,
    };
    this.next.set(code, script);
    return script;
  }

  /** The script of the disbursal being created now (and forgotten), or a plain payout. */
  take(code: string): DisbursalScript {
    const script = this.next.get(code) ?? PAID;
    this.next.delete(code);
    return script;
  }
}

/** A payout's value date: the day it settled, UTC. */
export const valueDateToday = () => new Date().toISOString().slice(0, 10);
