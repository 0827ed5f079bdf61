import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IdentityInput } from '../identity/identity-input.js';

export type Split =
  'dev' | 'test' | 'blind' | 'fresh' | 'holdout' | 'patterns' | 'heldout2026' | 'heldout2026b' | 'heldout2026c' | 'heldout2026d';
export type Label = 'MATCH' | 'NO_MATCH';

export interface NamePairCase {
  a: string;
  b: string;
  label: Label;
  category: string;
  split: Split;
}

export interface IdentityCase {
  applicant: IdentityInput;
  source: IdentityInput;
  label: Label;
  category: string;
  split: Split;
}

/** The labelled set lives at <repo>/data/kyc-eval; run from the repository root. */
export function kycEvalPath(file: string, root: string = process.cwd()): string {
  return join(root, 'data', 'kyc-eval', file);
}

export function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}
