import type { JobOptions, Queue } from 'bull';

export interface AddedJob {
  name: string;
  data: unknown;
  opts: JobOptions;
}

/** Records every `add`, and like Bull keeps one job per job id (a second add with a known id changes nothing). */
export class FakeQueue {
  readonly added: AddedJob[] = [];
  readonly jobs = new Map<string, AddedJob>();

  add(name: string, data: unknown, opts: JobOptions = {}): Promise<unknown> {
    const job = { name, data, opts };
    this.added.push(job);
    const id = String(opts.jobId ?? this.added.length);
    if (!this.jobs.has(id)) this.jobs.set(id, job);
    return Promise.resolve(job);
  }

  /** A job Bull still holds; this fake never runs jobs, so none has failed. */
  getJob(id: string): Promise<{ isFailed: () => Promise<boolean> } | null> {
    return Promise.resolve(this.jobs.has(id) ? { isFailed: () => Promise.resolve(false) } : null);
  }

  asQueue(): Queue {
    return this as unknown as Queue;
  }
}
