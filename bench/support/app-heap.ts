/** V8 heap used and total and memory outside it, from the app's Prometheus metrics (los_nodejs_*), when it serves them. */
export async function heapOf(url: string): Promise<string> {
  const text = await fetch(`${url}/metrics`)
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '');
  const value = (name: string) => Number(new RegExp(`^${name}\\{[^}]*\\} (\\S+)`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  const mib = (name: string) => value(`los_nodejs_${name}`).toFixed(0);
  return `V8 heap used ${mib('heap_size_used_bytes')} / total ${mib('heap_size_total_bytes')} MiB, external ${mib('external_memory_bytes')} MiB`;
}
