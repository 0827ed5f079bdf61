import autocannon from 'autocannon';
import { cpuSeconds } from './process-usage.js';

export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
export const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);

/**
 * Warms up for 2 s, then loads one route and prints req/s, p50, p99 and failures on one line. Given the serving
 * process (`cpuOf`), also its CPU time per request over the measured run, from /proc: on a shared machine req/s follow
 * the neighbours' load, CPU per request much less.
 */
export async function loadTest(
  title: string,
  options: autocannon.Options,
  connections = CONNECTIONS,
  cpuOf?: { name: string; pid: number },
): Promise<autocannon.Result> {
  await autocannon({ ...options, connections, duration: 2 });
  const cpuBefore = cpuOf ? await cpuSeconds(cpuOf.pid) : 0;
  const result = await autocannon({ ...options, connections, duration: DURATION_S });
  const cpu = cpuOf
    ? `   ${cpuOf.name} CPU ${((((await cpuSeconds(cpuOf.pid)) - cpuBefore) * 1000) / result.requests.total).toFixed(2)} ms/req`
    : '';
  const failures = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${title.padEnd(36)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms${cpu}   (${connections} connections, ${DURATION_S} s, non-2xx/errors ${failures})`,
  );
  return result;
}
