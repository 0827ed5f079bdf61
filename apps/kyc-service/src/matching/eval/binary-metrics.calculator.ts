export interface Outcome {
  predictedMatch: boolean;
  actualMatch: boolean;
}

export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
  falsePositives: number;
  falseNegatives: number;
  errors: number;
}

/** Precision, recall and F1 for MATCH against everything else (REVIEW counts as not MATCH). */
export function binaryMetrics(outcomes: readonly Outcome[]): BinaryMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const { predictedMatch, actualMatch } of outcomes) {
    if (predictedMatch && actualMatch) truePositives++;
    else if (predictedMatch) falsePositives++;
    else if (actualMatch) falseNegatives++;
  }
  const precision = truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, falsePositives, falseNegatives, errors: falsePositives + falseNegatives };
}
