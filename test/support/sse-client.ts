export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

/**
 * A Server-Sent Events reader for end-to-end tests: fetch's body parsed into events (and `:` comments), read one at a
 * time with `next()`; `close()` aborts the request as a browser closing its EventSource would.
 */
export class SseClient {
  readonly comments: string[] = [];
  private readonly queued: SseEvent[] = [];
  private buffer = '';
  private ended = false;

  private constructor(
    readonly status: number,
    readonly headers: Headers,
    readonly body: string,
    private readonly reader: ReadableStreamDefaultReader<Uint8Array> | undefined,
    private readonly abort: AbortController,
  ) {}

  static async open(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    const abort = new AbortController();
    const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: abort.signal });
    if (!response.headers.get('content-type')?.startsWith('text/event-stream')) {
      return new SseClient(response.status, response.headers, await response.text(), undefined, abort);
    }
    return new SseClient(response.status, response.headers, '', response.body!.getReader(), abort);
  }

  /** The next event (comments are collected apart), waiting for it; fails once the stream ended. */
  async next(): Promise<SseEvent> {
    while (this.queued.length === 0) {
      if (this.ended || !this.reader) throw new Error('The event stream ended');
      const chunk = await this.reader.read();
      if (chunk.done) this.ended = true;
      else this.parse(new TextDecoder().decode(chunk.value));
    }
    return this.queued.shift()!;
  }

  /** Events up to and including the first that `last` accepts. */
  async until(last: (event: SseEvent) => boolean): Promise<SseEvent[]> {
    const events: SseEvent[] = [];
    for (;;) {
      const event = await this.next();
      events.push(event);
      if (last(event)) return events;
    }
  }

  /** Reads until a comment arrives (heartbeats are comments). */
  async nextComment(): Promise<string> {
    const seen = this.comments.length;
    while (this.comments.length === seen) {
      if (this.ended || !this.reader) throw new Error('The event stream ended');
      const chunk = await this.reader.read();
      if (chunk.done) this.ended = true;
      else this.parse(new TextDecoder().decode(chunk.value));
    }
    return this.comments.at(-1)!;
  }

  close(): void {
    this.abort.abort();
  }

  private parse(text: string): void {
    this.buffer += text;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event: SseEvent = { data: '' };
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        else {
          const colon = line.indexOf(':');
          const [field, value] = colon < 0 ? [line, ''] : [line.slice(0, colon), line.slice(colon + 1).replace(/^ /, '')];
          if (field === 'data') data.push(value);
          else if (field === 'id' || field === 'event') event[field] = value;
        }
      }
      event.data = data.join('\n');
      if (data.length > 0 || event.id !== undefined) this.queued.push(event);
    }
  }
}
