import 'reflect-metadata';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validationException } from '@los/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ResolveKycReviewDto } from './resolve-kyc-review.dto.js';

const VALID = { decision: 'VERIFIED', reasonCode: 'NAME_VARIANT_ACCEPTED', note: 'Initials on PAN match the full name' };

async function codeOf(body: Record<string, unknown>): Promise<string | null> {
  const errors = await validate(plainToInstance(ResolveKycReviewDto, body), { whitelist: true, forbidNonWhitelisted: true });
  return errors.length === 0 ? null : validationException(errors).code;
}

describe('ResolveKycReviewDto', () => {
  it('takes a decision, a reason code and a note', async () => {
    assert.equal(await codeOf(VALID), null);
  });

  it('refuses a missing or blank note, unknown decisions and codes as VALIDATION_FAILED', async () => {
    for (const body of [
      { ...VALID, note: undefined },
      { ...VALID, note: null },
      { ...VALID, note: '' },
      { ...VALID, note: '   ' },
      { ...VALID, note: 'x'.repeat(1001) },
      { ...VALID, decision: 'MAYBE' },
      { ...VALID, reasonCode: 'BECAUSE' },
    ]) {
      assert.equal(await codeOf(body), 'VALIDATION_FAILED', JSON.stringify(body));
    }
  });

  it('refuses a note that could forge log lines as UNSAFE_TEXT', async () => {
    assert.equal(await codeOf({ ...VALID, note: 'ok\nFAKE LOG LINE' }), 'UNSAFE_TEXT');
  });
});
