import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceName } from '@los/contracts';
import { ConfigValidationError, loadConfig } from './load-config.js';

const gateway = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  MYSQL_URL: 'mysql://root@127.0.0.1:3306/los',
  MONGO_URL: 'mongodb://127.0.0.1:27017/los',
  JWT_SECRET: 'gateway-only-jwt-secret-0123456789abcdef',
  ADMIN_PASSWORD: 'gateway-admin-password',
  S3_BUCKET: 'documents',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER-SECRET',
  WEBHOOK_SECRET_KEYS: 'test1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  WEBHOOK_SECRET_ACTIVE_KEY: 'test1',
};

describe("the gateway's CORS settings", () => {
  it('allow no origin, no credentials and a 10-minute preflight cache by default', () => {
    const config = loadConfig(ServiceName.Gateway, gateway);
    assert.deepEqual([config.CORS_ORIGINS, config.CORS_CREDENTIALS, config.CORS_MAX_AGE_S], [[], false, 600]);
  });

  it('read a comma-separated list of origins, spaces and empty items ignored', () => {
    const config = loadConfig(ServiceName.Gateway, { ...gateway, CORS_ORIGINS: ' http://localhost:5173, https://app.los.in:8443 ,,' });
    assert.deepEqual(config.CORS_ORIGINS, ['http://localhost:5173', 'https://app.los.in:8443']);
  });

  for (const origin of ['*', 'localhost:5173', 'http://localhost:5173/', 'https://app.los.in/app', 'ftp://files.los.in', 'null']) {
    it(`refuse "${origin}", which is not an exact origin`, () => {
      assert.throws(
        () => loadConfig(ServiceName.Gateway, { ...gateway, CORS_ORIGINS: `http://localhost:3000,${origin}` }),
        (error) => error instanceof ConfigValidationError && error.message.includes('CORS_ORIGINS'),
      );
    });
  }
});
