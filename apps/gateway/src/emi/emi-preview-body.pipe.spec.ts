import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RequestValidationPipe } from '@los/common';
import { EmiPreviewBodyPipe } from './emi-preview-body.pipe.js';
import { EmiPreviewDto } from './emi-preview.dto.js';

const BODY = { type: 'body' } as const;

async function failureOf(promise: unknown): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected the body to be refused');
}

describe('EmiPreviewBodyPipe', () => {
  const pipe = new EmiPreviewBodyPipe();
  const usual = new RequestValidationPipe();

  it('passes a body of declared fields as it came, whatever their values (the offer service judges them)', async () => {
    const body = { principal: '20000.00', annualRatePercent: 15, tenureMonths: 24, includeSchedule: false, otherCharges: [1] };
    assert.equal(await pipe.transform(body, BODY), body);
  });

  it('refuses an undeclared field, a non-object and an array with the usual validation error', async () => {
    for (const value of [{ principal: 20000, discount: 5 }, 'text', [1, 2]]) {
      const refused = await failureOf(pipe.transform(value, BODY));
      const expected = await failureOf(usual.transform(value, { ...BODY, metatype: EmiPreviewDto }));
      assert.deepEqual(refused, expected, JSON.stringify(value));
    }
  });

  it('answers a missing body as the usual validation does: an empty one, for the offer service to refuse', async () => {
    assert.deepEqual({ ...((await pipe.transform(null, BODY)) as object) }, {});
  });
});
