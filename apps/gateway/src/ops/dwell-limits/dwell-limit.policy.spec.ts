import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseDwellLimitOverrides } from '@los/common';
import { ApplicationStatus, FINAL_STATUSES } from '@los/contracts';
import { DwellLimitPolicy } from './dwell-limit.policy.js';
import { DEFAULT_DWELL_LIMITS_MS } from './dwell-limits.constants.js';

const S = ApplicationStatus;
const MINUTE = 60_000;

describe('dwell limits', () => {
  it('gives every non-final status a default and no final status one', () => {
    for (const status of Object.values(ApplicationStatus)) {
      assert.equal(DEFAULT_DWELL_LIMITS_MS[status] !== undefined, !FINAL_STATUSES.has(status), status);
    }
    const policy = new DwellLimitPolicy();
    assert.equal(policy.limitFor(S.KycInProgress, null), 15 * MINUTE);
    assert.equal(policy.limitFor(S.ManualReview, null), 120 * MINUTE);
    assert.equal(policy.limitFor(S.Disbursed, null), null);
  });

  it('lets configuration override a status, and a partner only its lender steps', () => {
    const policy = new DwellLimitPolicy(
      parseDwellLimitOverrides('{"statuses":{"KYC_IN_PROGRESS":2000},"partners":{"KUBER":{"LENDER_REVIEW":3600000}}}'),
    );
    assert.equal(policy.limitFor(S.KycInProgress, null), 2_000);
    assert.equal(policy.limitFor(S.KycInProgress, 'KUBER'), 2_000);
    assert.equal(policy.limitFor(S.LenderReview, 'KUBER'), 60 * MINUTE);
    assert.equal(policy.limitFor(S.LenderReview, 'OCEAN'), 30 * MINUTE);
    assert.equal(policy.limitFor(S.LenderReview, null), 30 * MINUTE);
  });

  it('counts an application stuck only once its time in status is past the limit', () => {
    const policy = new DwellLimitPolicy(parseDwellLimitOverrides({ statuses: { KYC_IN_PROGRESS: 10_000 } }));
    const since = new Date('2026-01-01T10:00:00.000Z');
    const at = (ms: number) => new Date(since.getTime() + ms);
    assert.equal(policy.isStuck(S.KycInProgress, null, since, at(10_000)), false);
    assert.equal(policy.isStuck(S.KycInProgress, null, since, at(10_001)), true);
    assert.equal(policy.isStuck(S.Cancelled, null, since, at(365 * 24 * 60 * MINUTE)), false);
  });

  it('splits a lender step into a rule per partner with its own limit and one for everyone else', () => {
    const policy = new DwellLimitPolicy(
      parseDwellLimitOverrides({ partners: { OCEAN: { LENDER_REVIEW: 5_000 }, KUBER: { LENDER_REVIEW: 7_000, APPROVED: 9_000 } } }),
    );
    const underwriting = policy.rules().filter((rule) => rule.status === S.LenderReview);
    assert.deepEqual(underwriting, [
      { status: S.LenderReview, limitMs: 30 * MINUTE, exceptPartners: ['KUBER', 'OCEAN'] },
      { status: S.LenderReview, limitMs: 7_000, partnerCode: 'KUBER' },
      { status: S.LenderReview, limitMs: 5_000, partnerCode: 'OCEAN' },
    ]);
    const statuses = new Set(policy.rules().map((rule) => rule.status));
    assert.deepEqual(
      [...statuses].sort(),
      Object.values(ApplicationStatus)
        .filter((s) => !FINAL_STATUSES.has(s))
        .sort(),
    );
  });

  it('refuses configuration it cannot honour, naming the key', () => {
    const refused = (input: unknown, message: RegExp) => assert.throws(() => parseDwellLimitOverrides(input), message);
    refused('{"statuses":{"DISBURSED":60000}}', /statuses\.DISBURSED is not a non-final status/);
    refused('{"statuses":{"KYC_DONE":60000}}', /statuses\.KYC_DONE is not a non-final status/);
    refused('{"statuses":{"KYC_IN_PROGRESS":0}}', /at least 1000/);
    refused('{"statuses":{"KYC_IN_PROGRESS":"10m"}}', /whole milliseconds/);
    refused('{"partners":{"KUBER":{"KYC_IN_PROGRESS":60000}}}', /partners\.KUBER\.KYC_IN_PROGRESS is not a lender step/);
    refused('{"partners":{"kuber!":{"LENDER_REVIEW":60000}}}', /not a partner code/);
    refused('{"status":{}}', /unknown keys: status/);
    refused('[1]', /JSON object/);
    refused('not json', /JSON/);
  });
});
