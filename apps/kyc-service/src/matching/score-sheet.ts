import type { MatchReason } from './match-result.js';

/** Collects deductions and ceilings with the reason for each, so every point lost is explained. */
export class ScoreSheet {
  readonly reasons: MatchReason[] = [];
  private deducted = 0;
  private ceiling = 100;

  note(code: string, detail: string): void {
    this.reasons.push({ code, detail });
  }

  deduct(code: string, detail: string, points: number): void {
    this.deducted += points;
    this.reasons.push({ code, detail });
  }

  cap(code: string, detail: string, maximum: number): void {
    this.ceiling = Math.min(this.ceiling, maximum);
    this.reasons.push({ code, detail });
  }

  get penalty(): number {
    return this.deducted;
  }

  get score(): number {
    return Math.round(Math.max(0, Math.min(100 - this.deducted, this.ceiling)));
  }
}
