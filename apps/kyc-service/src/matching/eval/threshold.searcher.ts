import { type BinaryMetrics, binaryMetrics } from './binary-metrics.calculator.js';

export interface ScoredCase {
  score: number;
  actualMatch: boolean;
  /** Extra condition a baseline may require besides the score (e.g. equal dates of birth). */
  eligible?: boolean;
}

export interface ThresholdChoice {
  threshold: number;
  metrics: BinaryMetrics;
}

/** Tries every integer threshold 0-100 and keeps the best F1 (fewer errors on ties). */
export function bestThreshold(cases: readonly ScoredCase[]): ThresholdChoice {
  let best: ThresholdChoice | null = null;
  for (let threshold = 0; threshold <= 100; threshold++) {
    const metrics = binaryMetrics(
      cases.map((scored) => ({
        predictedMatch: scored.score >= threshold && scored.eligible !== false,
        actualMatch: scored.actualMatch,
      })),
    );
    const better =
      best === null || metrics.f1 > best.metrics.f1 || (metrics.f1 === best.metrics.f1 && metrics.errors < best.metrics.errors);
    if (better) best = { threshold, metrics };
  }
  return best!;
}
