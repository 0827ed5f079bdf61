import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from 'mysql2/promise';
import { applicationBody, type TestUser } from '../../test/support/gateway-users.js';
import type { HttpClient } from '../../test/support/http-client.js';
import { applicantOf, person, registerIdentity, submitKyc, type Person } from '../../test/support/kyc-fixtures.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const IFSC = 'HDFC0000001';
/** Where a journey ends: paid out, or stopped for good. */
export const FINAL = new Set(['DISBURSED', 'REJECTED', 'NO_OFFERS', 'KYC_FAILED', 'KYC_REVIEW', 'CANCELLED', 'EXPIRED']);
/** Our decision on an accepted offer (underwriting-service), the status each leads to. */
export const DECIDED = new Set(['LENDER_REVIEW', 'MANUAL_REVIEW', 'REJECTED']);

/**
 * The `n`th sandbox bureau magic PAN of a kind (apps/sandbox/src/bureau/README.md): `ZZZP` clean, `ZZEP` eight
 * enquiries, `ZZWP` a written-off account; the score moves from 750 every 676 PANs, within what every lender offers.
 * Distinct within a run: registering a PAN again replaces its holder, which would fail a KYC still in flight.
 */
export function bureauPan(n: number, kind: 'ZZZP' | 'ZZEP' | 'ZZWP' = 'ZZZP'): string {
  const score = 750 + (Math.floor(n / LETTERS.length ** 2) % 50);
  return `${kind}${LETTERS[n % 26]}${String(score).padStart(4, '0')}${LETTERS[Math.floor(n / 26) % 26]}`;
}

/** A step of a journey that went wrong, named in the message. */
export class JourneyStepError extends Error {
  constructor(
    readonly label: string,
    readonly step: string,
    cause: unknown,
    /** The application, once created. */
    public applicationId?: string,
  ) {
    super(`${label}: step "${step}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
}

/** Waits for an application's status; one implementation asks the API, the other reads many at once. */
export interface StatusSource {
  waitFor(id: string, accept: (status: string) => boolean, what: string, timeoutMs: number): Promise<string>;
}

/** One GET /v1/applications/:id every `intervalMs` per waiting application: the borrower's view. */
export class ApiStatus implements StatusSource {
  constructor(
    private readonly owner: TestUser,
    private readonly intervalMs = 200,
  ) {}

  async waitFor(id: string, accept: (status: string) => boolean, what: string, timeoutMs: number): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let last = '(none)';
    while (Date.now() < deadline) {
      const response = await this.owner.http.get(`/v1/applications/${id}`);
      if (response.status === 200) last = response.body.status;
      if (accept(last)) return last;
      await sleep(this.intervalMs);
    }
    throw new Error(`waited ${timeoutMs} ms for ${what}; still ${last}`);
  }
}

/**
 * Reads every waiting application's status in one query to the gateway's database each `intervalMs`: hundreds of
 * journeys in flight would otherwise poll the gateway harder than they use it.
 */
export class BatchedDbStatus implements StatusSource {
  private readonly waiting = new Map<string, { accept: (status: string) => boolean; resolve: (status: string) => void }[]>();
  private readonly lastSeen = new Map<string, string>();
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly gatewayDb: Connection,
    private readonly intervalMs = 250,
  ) {}

  waitFor(id: string, accept: (status: string) => boolean, what: string, timeoutMs: number): Promise<string> {
    const seen = this.lastSeen.get(id);
    if (seen && accept(seen)) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        accept,
        resolve: (status: string) => {
          clearTimeout(timeout);
          resolve(status);
        },
      };
      const timeout = setTimeout(() => {
        this.waiting.set(
          id,
          (this.waiting.get(id) ?? []).filter((w) => w !== waiter),
        );
        reject(new Error(`waited ${timeoutMs} ms for ${what}; still ${this.lastSeen.get(id) ?? '(not read yet)'}`));
      }, timeoutMs);
      this.waiting.set(id, [...(this.waiting.get(id) ?? []), waiter]);
      this.timer ??= setTimeout(() => void this.poll(), this.intervalMs);
    });
  }

  private async poll(): Promise<void> {
    const ids = [...this.waiting].filter(([, waiters]) => waiters.length).map(([id]) => id);
    try {
      if (ids.length) {
        const [rows] = await this.gatewayDb.query<any[]>('SELECT id, status FROM applications WHERE id IN (?)', [ids]);
        for (const { id, status } of rows) {
          this.lastSeen.set(id, status);
          const waiters = this.waiting.get(id) ?? [];
          const done = waiters.filter((w) => w.accept(status));
          this.waiting.set(
            id,
            waiters.filter((w) => !done.includes(w)),
          );
          for (const waiter of done) waiter.resolve(status);
        }
      }
    } finally {
      const more = [...this.waiting.values()].some((waiters) => waiters.length);
      this.timer = more ? setTimeout(() => void this.poll(), this.intervalMs) : undefined;
    }
  }
}

export interface Applicant {
  label: string;
  /** Set once the application is created. */
  applicationId?: string;
  partnerCode: string;
  who: Person;
}

/** The borrower's steps of a loan journey over HTTP, each failing with the journey's label and the step's name. */
export class LoanJourneys {
  constructor(
    private readonly sandbox: HttpClient,
    readonly owner: TestUser,
    readonly statuses: StatusSource,
    private readonly timeoutMs = 120_000,
  ) {}

  /** An applicant of `partnerCode`'s offer with a sandbox identity and this bureau PAN. */
  applicant(label: string, partnerCode: string, pan: string, name = 'Asha Verma'): Applicant {
    return {
      label,
      partnerCode,
      who: person({ pan, name, address: { line1: '7 MG Road', city: 'Bengaluru', state: 'Karnataka', pincode: '560034' } }),
    };
  }

  async step<T>(applicant: Applicant, step: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw error instanceof JourneyStepError ? error : new JourneyStepError(applicant.label, step, error, applicant.applicationId);
    }
  }

  /** Registered with the identity sources, applied, KYC submitted: answers the id once offers are ready. */
  async toOffers(applicant: Applicant): Promise<string> {
    const { who } = applicant;
    const id = await this.step(applicant, 'create application', async () => {
      await registerIdentity(this.sandbox, who);
      const created = await this.owner.http.post('/v1/applications', applicationBody({ applicant: applicantOf(who) }));
      if (created.status !== 201) throw new Error(`${created.status} ${JSON.stringify(created.body)}`);
      return created.body.id as string;
    });
    applicant.applicationId = id;
    await this.step(applicant, 'KYC (Aadhaar OTP, PAN)', async () => {
      const submitted = await submitKyc(this.owner.http, id, who);
      if (submitted.status !== 202) throw new Error(`${submitted.status} ${JSON.stringify(submitted.body)}`);
    });
    await this.wait(applicant, id, 'offers', (s) => s === 'OFFERS_READY' || FINAL.has(s), 'OFFERS_READY', 'OFFERS_READY');
    return id;
  }

  /** Accepts the applicant's lender's offer. */
  async accept(applicant: Applicant, id: string): Promise<void> {
    await this.step(applicant, `accept the ${applicant.partnerCode} offer`, async () => {
      const offers = await this.owner.http.get(`/v1/applications/${id}/offers`);
      const offer = (offers.body as any[]).find((row) => row.partnerCode === applicant.partnerCode);
      if (!offer?.eligible) throw new Error(`no eligible offer: ${JSON.stringify(offers.body)}`);
      const accepted = await this.owner.http.post(`/v1/applications/${id}/offers/${offer.offer.offerId}/accept`, {});
      if (accepted.status !== 200) throw new Error(`${accepted.status} ${JSON.stringify(accepted.body)}`);
    });
  }

  /** A payout account the sandbox bank holds in the KYC name, added for penny drop verification. */
  async addBankAccount(applicant: Applicant, id: string): Promise<void> {
    await this.step(applicant, 'add the bank account', async () => {
      const accountNumber = `${randomInt(1, 10)}${String(randomInt(0, 1e12)).padStart(12, '0')}${randomInt(11, 100)}`;
      const account = { ifsc: IFSC, accountNumber, holderName: applicant.who.name };
      const registered = await this.sandbox.post('/sandbox/bank-accounts', account);
      if (registered.status !== 201) throw new Error(`sandbox bank: ${registered.status} ${JSON.stringify(registered.body)}`);
      const added = await this.owner.http.post(`/v1/applications/${id}/bank-account`, account);
      if (added.status !== 202) throw new Error(`${added.status} ${JSON.stringify(added.body)}`);
    });
  }

  /** Waits for a status `accept` takes; a final status it does not take fails the step at once. */
  async wait(applicant: Applicant, id: string, step: string, accept: (s: string) => boolean, what: string, expected?: string) {
    const status = await this.step(applicant, step, () => this.statuses.waitFor(id, accept, what, this.timeoutMs));
    if (expected && status !== expected)
      throw new JourneyStepError(applicant.label, step, new Error(`ended ${status}, expected ${expected}`), applicant.applicationId);
    return status;
  }
}

export interface TimelineEntry {
  status: string;
  /** Milliseconds since the application was created. */
  sinceCreatedMs: number;
  /** Epoch milliseconds. */
  at: number;
  actor?: string;
}

/** An application's statuses as its owner reads them (`GET /v1/applications/:id/timeline`), timed from its creation. */
export async function apiTimeline(owner: TestUser, id: string): Promise<TimelineEntry[]> {
  const [application, log] = await Promise.all([
    owner.http.get(`/v1/applications/${id}`),
    owner.http.get(`/v1/applications/${id}/timeline`),
  ]);
  if (application.status !== 200 || log.status !== 200) throw new Error(`timeline of ${id}: ${application.status}, ${log.status}`);
  const created = Date.parse(application.body.createdAt);
  return (log.body as { to: string; actor: string; at: string }[]).map((e) => ({
    status: e.to,
    sinceCreatedMs: Date.parse(e.at) - created,
    at: Date.parse(e.at),
    actor: e.actor,
  }));
}

/** Each application's statuses in order, from the gateway's status log, timed from its creation. */
export async function timelines(gatewayDb: Connection, ids: string[]): Promise<Map<string, TimelineEntry[]>> {
  const result = new Map<string, TimelineEntry[]>(ids.map((id) => [id, []]));
  if (!ids.length) return result;
  const [rows] = await gatewayDb.query<any[]>(
    `SELECT l.application_id, l.to_status, l.at, a.created_at FROM application_status_log l
     JOIN applications a ON a.id = l.application_id WHERE l.application_id IN (?) ORDER BY l.at, l.id`,
    [ids],
  );
  for (const row of rows) {
    result.get(row.application_id)!.push({
      status: row.to_status,
      sinceCreatedMs: new Date(row.at).getTime() - new Date(row.created_at).getTime(),
      at: new Date(row.at).getTime(),
    });
  }
  return result;
}

/** Milliseconds from the first entry into `from` (or creation, for `created`) to the first into `to`; undefined when either is missing. */
export function between(timeline: TimelineEntry[], from: string, to: string): number | undefined {
  const start = from === 'created' ? 0 : timeline.find((e) => e.status === from)?.sinceCreatedMs;
  const end = timeline.find((e) => e.status === to)?.sinceCreatedMs;
  return start === undefined || end === undefined ? undefined : end - start;
}

/** Nearest-rank percentile of ascending `sorted`. */
export const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] : NaN;
