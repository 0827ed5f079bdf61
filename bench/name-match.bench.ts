// Name-matching throughput on one core over the labelled pairs in data/kyc-eval.
// Run from the repository root after a build: node <outDir>/bench/name-match.bench.js
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NameMatcher } from '../apps/kyc-service/src/matching/index.js';

interface Pair {
  a: string;
  b: string;
}

const pairs: Pair[] = readFileSync(join(process.cwd(), 'data', 'kyc-eval', 'name-pairs.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => JSON.parse(line) as Pair);

function pairsPerSecond(matcher: NameMatcher, seconds: number): number {
  let done = 0;
  let checksum = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  while (performance.now() < deadline) {
    for (const { a, b } of pairs) checksum += matcher.match(a, b).score;
    done += pairs.length;
  }
  if (checksum < 0) console.log(checksum); // keeps the loop from being optimised away
  return Math.round(done / ((performance.now() - started) / 1000));
}

const matcher = new NameMatcher();
pairsPerSecond(matcher, 0.5);
console.log(`name matching (in process): ${pairsPerSecond(matcher, 3)} pairs/s`);

// Every name parsed afresh, as when each pair is seen once.
const uncached = new NameMatcher({ cacheSize: 0 });
pairsPerSecond(uncached, 0.5);
console.log(`name matching (in process, no parse cache): ${pairsPerSecond(uncached, 3)} pairs/s`);
