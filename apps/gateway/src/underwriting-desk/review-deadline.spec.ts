import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { byDeadline, deadlineOf, isAtRisk, referralReasonsOf, secondsLeft } from './review-deadline.js';

const TWO_HOURS = 2 * 60 * 60_000;
const at = (iso: string) => new Date(iso);

describe('review deadlines', () => {
  it('falls due the SLA after the application was created', () => {
    assert.equal(deadlineOf(at('2026-03-01T10:00:00.000Z'), TWO_HOURS).toISOString(), '2026-03-01T12:00:00.000Z');
  });

  it('counts whole seconds left, negative once late', () => {
    const deadline = at('2026-03-01T12:00:00.000Z');
    assert.equal(secondsLeft(deadline, at('2026-03-01T11:30:00.500Z')), 1799);
    assert.equal(secondsLeft(deadline, deadline), 0);
    assert.equal(secondsLeft(deadline, at('2026-03-01T12:10:00.000Z')), -600);
  });

  it('orders the queue soonest deadline first, the id breaking ties', () => {
    const item = (applicationId: string, iso: string) => ({ applicationId, deadline: at(iso) });
    const queue = [
      item('c', '2026-03-01T13:00:00.000Z'),
      item('b', '2026-03-01T11:00:00.000Z'),
      item('a', '2026-03-01T13:00:00.000Z'),
      item('d', '2026-03-01T09:00:00.000Z'),
    ];
    assert.deepEqual(
      queue.sort(byDeadline).map((entry) => entry.applicationId),
      ['d', 'b', 'a', 'c'],
    );
  });

  it('is at risk within the margin of the deadline and past it, not before', () => {
    const deadline = at('2026-03-01T12:00:00.000Z');
    const margin = 30 * 60_000;
    assert.equal(isAtRisk(deadline, at('2026-03-01T11:29:59.999Z'), margin), false);
    assert.equal(isAtRisk(deadline, at('2026-03-01T11:30:00.000Z'), margin), true);
    assert.equal(isAtRisk(deadline, at('2026-03-01T13:00:00.000Z'), margin), true);
  });

  it("reads the referral's reason codes from the status log", () => {
    assert.deepEqual(referralReasonsOf('[AMOUNT_ABOVE_AUTO_LIMIT,THIN_FILE] REFER by t v3 (acceptance)'), [
      'AMOUNT_ABOVE_AUTO_LIMIT',
      'THIN_FILE',
    ]);
    assert.deepEqual(referralReasonsOf('underwriting failed'), []);
    assert.deepEqual(referralReasonsOf('[] nothing'), []);
    assert.deepEqual(referralReasonsOf(null), []);
  });
});
