import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceName } from '@los/contracts';
import { envVarsOf } from './env-specs.js';
import { ConfigValidationError, loadConfig } from './load-config.js';

const GATEWAY_ENV = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  MYSQL_URL: 'mysql://root@127.0.0.1:3306/los_gateway',
  MONGO_URL: 'mongodb://127.0.0.1:27017/los_gateway',
  S3_BUCKET: 'los-documents',
  S3_ACCESS_KEY_ID: 'key',
  S3_SECRET_ACCESS_KEY: 'secret',
  JWT_SECRET: 'x'.repeat(32),
  ADMIN_PASSWORD: 'y'.repeat(12),
  WEBHOOK_SECRET_KEYS: 'test1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  WEBHOOK_SECRET_ACTIVE_KEY: 'test1',
};

describe('DWELL_LIMITS_MS at boot', () => {
  it('defaults to no overrides and is read by the gateway only', () => {
    assert.deepEqual(loadConfig(ServiceName.Gateway, GATEWAY_ENV).DWELL_LIMITS_MS, { statuses: {}, partners: {} });
    assert.ok(!envVarsOf(ServiceName.Kyc).some((v) => v.name === 'DWELL_LIMITS_MS'));
  });

  it('parses status and partner overrides', () => {
    const config = loadConfig(ServiceName.Gateway, {
      ...GATEWAY_ENV,
      DWELL_LIMITS_MS: '{"statuses":{"MANUAL_REVIEW":3600000},"partners":{"KUBER":{"APPROVED":86400000}}}',
    });
    assert.deepEqual(config.DWELL_LIMITS_MS, { statuses: { MANUAL_REVIEW: 3_600_000 }, partners: { KUBER: { APPROVED: 86_400_000 } } });
  });

  it('stops the app naming the variable when the value cannot be honoured', () => {
    for (const bad of [
      '{"statuses":{"DISBURSED":60000}}',
      '{"partners":{"KUBER":{"KYC_REVIEW":60000}}}',
      '{',
      '{"statuses":{"KYC_REVIEW":-1}}',
    ]) {
      assert.throws(
        () => loadConfig(ServiceName.Gateway, { ...GATEWAY_ENV, DWELL_LIMITS_MS: bad }),
        (error) => error instanceof ConfigValidationError && error.variables.join() === 'DWELL_LIMITS_MS',
        bad,
      );
    }
  });
});
