import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageEvent } from '@nestjs/common';
import type { GatewayConfig } from '@los/common';
import { ApplicationStatus } from '@los/contracts';
import type { ApplicationEventEntity } from '../applications/events/application-event.entity.js';
import type { ApplicationEventLog } from '../applications/events/application-event-log.service.js';
import { ApplicationEventType } from '../applications/events/application-event-type.js';
import { ApplicationEventStream } from './application-event-stream.service.js';

const APP = '9f1c2e1a-1111-4222-8333-444455556666';

/** The event log as a list; `reads` records each query's cursor, `failNext` makes the next read throw. */
class FakeLog {
  readonly rows: ApplicationEventEntity[] = [];
  readonly reads: string[] = [];
  failNext = false;
  add(count: number) {
    for (let i = 0; i < count; i++) {
      const id = String(this.rows.length + 1);
      this.rows.push({
        id,
        applicationId: APP,
        type: ApplicationEventType.StatusChanged,
        fromStatus: ApplicationStatus.KycInProgress,
        toStatus: ApplicationStatus.KycVerified,
        at: new Date(0),
        payload: { version: Number(id) },
      });
    }
  }
  after(applicationId: string, afterId: string, limit: number) {
    this.reads.push(afterId);
    if (this.failNext) {
      this.failNext = false;
      return Promise.reject(new Error('connection lost'));
    }
    return Promise.resolve(
      this.rows.filter((row) => row.applicationId === applicationId && Number(row.id) > Number(afterId)).slice(0, limit),
    );
  }
}

function setup() {
  const log = new FakeLog();
  const config = { APPLICATION_EVENTS_POLL_MS: 5, APPLICATION_EVENTS_HEARTBEAT_MS: 60_000 } as GatewayConfig;
  return { log, sut: new ApplicationEventStream(log as unknown as ApplicationEventLog, config) };
}

/** Collects `count` events of the stream, then unsubscribes. */
function take(sut: ApplicationEventStream, afterId: string, count: number): Promise<MessageEvent[]> {
  return new Promise((resolve) => {
    const seen: MessageEvent[] = [];
    const subscription = sut.of(APP, afterId).subscribe((event) => {
      seen.push(event);
      if (seen.length === count) {
        setImmediate(() => subscription.unsubscribe());
        resolve(seen);
      }
    });
  });
}

describe('ApplicationEventStream', () => {
  it('replays the events after the cursor in order, in batches, with id and type set', async () => {
    const { log, sut } = setup();
    log.add(250);
    const events = await take(sut, '30', 220);
    assert.deepEqual(
      events.map((event) => event.id),
      Array.from({ length: 220 }, (_, i) => String(31 + i)),
    );
    assert.equal(events[0].type, 'application.status_changed');
    assert.deepEqual((events[0].data as { id: number; version: number }).id, 31);
    assert.deepEqual(log.reads.slice(0, 3), ['30', '130', '230']);
  });

  it('sends events committed after it opened, and goes on after a failed read from where it was', async () => {
    const { log, sut } = setup();
    log.add(2);
    log.failNext = true;
    const pending = take(sut, '0', 4);
    setTimeout(() => log.add(2), 20);
    const events = await pending;
    assert.deepEqual(
      events.map((event) => event.id),
      ['1', '2', '3', '4'],
    );
    assert.equal(log.reads[0], '0');
  });

  it('stops reading once unsubscribed', async () => {
    const { log, sut } = setup();
    log.add(1);
    await take(sut, '0', 1);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const reads = log.reads.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    assert.equal(log.reads.length, reads);
  });
});
