import { once } from 'node:events';
import { request } from 'node:http';

export interface RawResult {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** From the first byte sent to the end of the response. */
  ms: number;
  /** Body bytes written when the response arrived. */
  bytesSent: number;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** A whole body (sent with its Content-Length), or a body streamed chunk by chunk without one. */
  body: Buffer | { chunk: Buffer; totalBytes: number };
}

/**
 * One request over node:http, which reports a response that arrives while the body is still being written
 * (fetch fails when a server refuses early and closes the connection). Writing stops once the response comes.
 */
export function sendRaw(baseUrl: string, { method = 'POST', path, headers = {}, body }: RawRequest): Promise<RawResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let bytesSent = 0;
    let responded = false;
    const whole = Buffer.isBuffer(body);
    const req = request(new URL(path, baseUrl), {
      method,
      headers: { 'content-type': 'application/json', ...(whole ? { 'content-length': String(body.length) } : {}), ...headers },
    });
    const stopped = new Promise<void>((done) => {
      req.once('response', () => done());
      req.once('error', () => done());
    });
    req.once('error', (error) => {
      if (!responded) reject(error); // once answered, the server closing the connection mid-body is expected
    });
    req.once('response', (res) => {
      responded = true;
      const sentAtResponse = bytesSent;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.once('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString(),
          ms: performance.now() - started,
          bytesSent: sentAtResponse,
        });
        req.destroy();
      });
      res.once('error', reject);
    });
    void (async () => {
      if (whole) {
        bytesSent = body.length;
        req.end(body);
        return;
      }
      while (bytesSent < body.totalBytes && !responded && !req.destroyed) {
        bytesSent += body.chunk.length;
        if (!req.write(body.chunk)) await Promise.race([once(req, 'drain').catch(() => undefined), stopped]);
      }
      if (!responded && !req.destroyed) req.end();
    })();
  });
}

/** Resident memory of a process in bytes, from /proc (Linux). */
export async function residentBytes(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!kb) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(kb[1]) * 1024;
}
