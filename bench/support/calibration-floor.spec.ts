import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { floorComparison, parseFloorOutput, type BenchFigures } from './calibration-floor.js';

describe('parseFloorOutput', () => {
  it('reads each floor line and ignores other output', () => {
    const figures = parseFloorOutput('installing\nfloor rpc 9255 req/s p50 2 ms p99 14 ms\nfloor read 7091 req/s p50 3 ms p99 12 ms\n');
    assert.deepEqual(figures.get('rpc'), { route: 'rpc', reqPerSec: 9255, p50Ms: 2, p99Ms: 14 });
    assert.deepEqual(figures.get('read'), { route: 'read', reqPerSec: 7091, p50Ms: 3, p99Ms: 12 });
    assert.equal(figures.size, 2);
  });

  it('drops a route whose requests failed, so no ratio is made from it', () => {
    const figures = parseFloorOutput('floor create 3314 req/s p50 8 ms p99 19 ms (12 failed)\nfloor read 7091 req/s p50 3 ms p99 12 ms');
    assert.equal(figures.has('create'), false);
    assert.equal(figures.has('read'), true);
  });
});

describe('floorComparison', () => {
  const read: BenchFigures = { title: 'GET /v1/applications/:id', reqPerSec: 3545.6, p50Ms: 8, p99Ms: 21, floorRoute: 'read' };

  it('prints the bench figures, the floor figures and both ratios', () => {
    const floor = { figures: parseFloorOutput('floor read 7091 req/s p50 3 ms p99 12 ms') };
    const [, line] = floorComparison([read], floor);
    assert.match(line, /GET \/v1\/applications\/:id\s+3546 req\/s\s+p50 8 ms\s+p99 21 ms/);
    assert.match(line, /floor read 7091 req\/s p99 12 ms/);
    assert.match(line, /ratio 0\.50 /);
    assert.match(line, /p99\/floor p99 1\.75$/);
  });

  it('says the floor was not measured and prints no ratio, but still the bench figures', () => {
    const lines = floorComparison([read], { unavailable: 'floor script not found at /x/floor.sh' });
    assert.match(lines[1], /FLOOR NOT MEASURED \(floor script not found at \/x\/floor\.sh\)/);
    assert.match(lines[2], /3546 req\/s\s+p50 8 ms\s+p99 21 ms\s+floor read: not measured$/);
    assert.doesNotMatch(lines.join('\n'), /ratio \d/);
  });

  it('marks a route without a floor route', () => {
    const [, line] = floorComparison([{ ...read, floorRoute: undefined }], { figures: new Map() });
    assert.match(line, /\(no floor route\)$/);
  });
});
