import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IsInt, IsOptional } from 'class-validator';
import { Type } from 'class-transformer';
import { AppException } from '../errors/app.exception.js';
import { RequestValidationPipe } from './request-validation.pipe.js';

class Params {
  @IsOptional() @Type(() => Number) @IsInt() limit?: number;
}

const pipe = new RequestValidationPipe();

describe('RequestValidationPipe', () => {
  it('drops unknown query parameters but still checks the known ones', async () => {
    const query = (await pipe.transform({ limit: '5', _: '123' }, { type: 'query', metatype: Params })) as Params;
    assert.deepEqual({ ...query }, { limit: 5 });
    await assert.rejects(pipe.transform({ limit: 'x', _: '1' }, { type: 'query', metatype: Params }), (error: unknown) => {
      assert.ok(error instanceof AppException);
      assert.deepEqual(
        error.errors?.map((failure) => failure.field),
        ['limit'],
      );
      return true;
    });
  });

  it('refuses unknown body fields', async () => {
    await assert.rejects(pipe.transform({ limit: 5, _: 1 }, { type: 'body', metatype: Params }), (error: unknown) => {
      assert.ok(error instanceof AppException);
      assert.deepEqual(error.errors, [{ field: '_', code: 'VALIDATION_FAILED', message: 'property _ should not exist' }]);
      return true;
    });
  });
});
