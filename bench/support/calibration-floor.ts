import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type autocannon from 'autocannon';
import { netScript } from '../../test/support/repo-scripts.js';

export type FloorRoute = 'hello' | 'rpc' | 'read' | 'create';

export interface FloorFigures {
  route: FloorRoute;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
}

/** The floor's figures by route, or why it could not be measured (then no ratio is printed). */
export type Floor = { figures: Map<FloorRoute, FloorFigures> } | { unavailable: string };

export interface BenchFigures {
  title: string;
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** The floor route this route is compared with; none for a route without one. */
  floorRoute?: FloorRoute;
}

const FLOOR_LINE = /^floor (\w+) (\d+(?:\.\d+)?) req\/s p50 (\d+(?:\.\d+)?) ms p99 (\d+(?:\.\d+)?) ms(.*)$/;
/** dist/bench/support → the repository root. */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The floor lives beside the repository (`../shared/calib/floor.sh`); a git worktree sits one level deeper, so the
 * nearest ancestor holding `shared/calib` counts too. `CALIB_FLOOR` names the script outright.
 */
export function floorScript(repoRoot = REPO_ROOT): string {
  if (process.env.CALIB_FLOOR) return process.env.CALIB_FLOOR;
  const beside = join(repoRoot, '..', 'shared', 'calib', 'floor.sh');
  for (let dir = resolve(repoRoot, '..'); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'calib', 'floor.sh');
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return beside;
  }
}

/** The `floor <route> <n> req/s p50 <a> ms p99 <b> ms` lines of floor.sh's output; a route with failed requests is dropped. */
export function parseFloorOutput(output: string): Map<FloorRoute, FloorFigures> {
  const figures = new Map<FloorRoute, FloorFigures>();
  for (const line of output.split('\n')) {
    const match = FLOOR_LINE.exec(line.trim());
    if (!match || match[5].includes('failed')) continue;
    const route = match[1] as FloorRoute;
    figures.set(route, { route, reqPerSec: Number(match[2]), p50Ms: Number(match[3]), p99Ms: Number(match[4]) });
  }
  return figures;
}

/**
 * Runs floor.sh for `routes` at the bench's own duration, on a free port (its default 3190 may be taken). Never
 * throws: a floor that cannot run is reported as unavailable so the bench still prints its own figures.
 */
export async function measureFloor(routes: FloorRoute[], durationS: number, connections: number): Promise<Floor> {
  const script = floorScript();
  if (!existsSync(script)) return { unavailable: `floor script not found at ${script}` };
  try {
    const port = await (await netScript()).freePort();
    const { stdout } = await promisify(execFile)('bash', [script], {
      env: {
        ...process.env,
        ROUTES: routes.join(' '),
        DURATION: String(durationS),
        CONNECTIONS: String(connections),
        CALIB_PORT: String(port),
      },
      timeout: (routes.length * durationS + 600) * 1_000,
      maxBuffer: 1 << 20,
    });
    const figures = parseFloorOutput(stdout);
    const missing = routes.filter((route) => !figures.has(route));
    if (missing.length)
      return { unavailable: `floor printed no clean figure for ${missing.join(', ')}: ${stdout.trim() || '(no output)'}` };
    return { figures };
  } catch (error) {
    const { message, stderr } = error as { message: string; stderr?: string };
    return { unavailable: `floor.sh failed: ${(stderr?.trim() || message).split('\n').slice(-3).join(' | ')}` };
  }
}

export const benchFigures = (title: string, result: autocannon.Result, floorRoute?: FloorRoute): BenchFigures => ({
  title,
  reqPerSec: result.requests.average,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  floorRoute,
});

const ratio = (value: number, floor: number) => (floor > 0 ? `${(value / floor).toFixed(2)}` : 'n/a (floor 0)');

/** One line per bench route: its own figures, then the floor's req/s and p99 and both ratios, when a floor was measured. */
export function floorComparison(routes: BenchFigures[], floor: Floor): string[] {
  const lines = ['compared with the calibration floor measured in this run:'];
  if ('unavailable' in floor) lines.push(`  FLOOR NOT MEASURED (${floor.unavailable}); no ratio`);
  for (const route of routes) {
    const own = `${route.title.padEnd(36)} ${route.reqPerSec.toFixed(0).padStart(6)} req/s   p50 ${route.p50Ms} ms   p99 ${route.p99Ms} ms`;
    const measured = route.floorRoute && 'figures' in floor ? floor.figures.get(route.floorRoute) : undefined;
    if (!route.floorRoute) lines.push(`  ${own}   (no floor route)`);
    else if (!measured) lines.push(`  ${own}   floor ${route.floorRoute}: not measured`);
    else
      lines.push(
        `  ${own}   floor ${route.floorRoute} ${measured.reqPerSec.toFixed(0)} req/s p99 ${measured.p99Ms} ms   ` +
          `ratio ${ratio(route.reqPerSec, measured.reqPerSec)}   p99/floor p99 ${ratio(route.p99Ms, measured.p99Ms)}`,
      );
  }
  return lines;
}
