import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigValidationError, envVarsOf, loadConfig } from '@los/common';
import { ServiceName } from '@los/contracts';

const validKycEnv = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  MYSQL_URL: 'mysql://root@127.0.0.1:3306/los_kyc',
  MONGO_URL: 'mongodb://127.0.0.1:27017/los_kyc',
  AADHAAR_VAULT_KEYS: 'k1:ZGV2LW9ubHktYWFkaGFhci12YXVsdC1rZXktMzJieXQ=',
  AADHAAR_VAULT_ACTIVE_KEY: 'k1',
  AADHAAR_HMAC_KEY: 'unit-test-aadhaar-hmac-key-0123456789abcdef',
};

describe('loadConfig', () => {
  it('fails fast naming every missing variable, without echoing values', () => {
    assert.throws(
      () => loadConfig(ServiceName.Kyc, { REDIS_URL: 'redis://secret-host:6379' }),
      (err: unknown) => {
        assert.ok(err instanceof ConfigValidationError);
        assert.deepEqual(err.variables, ['AADHAAR_HMAC_KEY', 'AADHAAR_VAULT_ACTIVE_KEY', 'AADHAAR_VAULT_KEYS', 'MONGO_URL', 'MYSQL_URL']);
        assert.doesNotMatch(err.message, /secret-host/);
        return true;
      },
    );
  });

  it('rejects a malformed value by name', () => {
    assert.throws(
      () => loadConfig(ServiceName.Kyc, { ...validKycEnv, HTTP_PORT: 'eighty' }),
      (err: unknown) => err instanceof ConfigValidationError && err.variables.join() === 'HTTP_PORT',
    );
  });

  it('applies the per-service defaults', () => {
    const config = loadConfig(ServiceName.Kyc, validKycEnv);
    assert.equal(config.HTTP_PORT, 3001);
    assert.equal(config.COMMAND_DEADLINE_MS, 30_000);
    assert.equal(config.COMMAND_EXECUTION_CONCURRENCY, 16);
  });

  it('refuses a command execution concurrency below one', () => {
    assert.throws(
      () => loadConfig(ServiceName.Kyc, { ...validKycEnv, COMMAND_EXECUTION_CONCURRENCY: '0' }),
      (err: unknown) => err instanceof ConfigValidationError && err.variables.includes('COMMAND_EXECUTION_CONCURRENCY'),
    );
  });

  it('refuses to start the gateway in production without its webhook secret keys, naming them and no value', () => {
    const gatewayEnv = {
      ...validKycEnv,
      NODE_ENV: 'production',
      JWT_SECRET: 'production-like-jwt-secret-0123456789abcdef',
      ADMIN_PASSWORD: 'production-like-password',
      S3_BUCKET: 'documents',
      S3_ACCESS_KEY_ID: 'key-id',
      S3_SECRET_ACCESS_KEY: 'secret-access-key',
    };
    assert.throws(
      () => loadConfig(ServiceName.Gateway, gatewayEnv),
      (err: unknown) =>
        err instanceof ConfigValidationError &&
        err.variables.join() === 'WEBHOOK_SECRET_ACTIVE_KEY,WEBHOOK_SECRET_KEYS' &&
        !err.message.includes('secret-access-key'),
    );
    const keys = { WEBHOOK_SECRET_KEYS: 'k1:ZGV2LW9ubHktd2ViaG9vay1zZWNyZXQta2V5LTMyYnk=', WEBHOOK_SECRET_ACTIVE_KEY: 'k1' };
    assert.equal(loadConfig(ServiceName.Gateway, { ...gatewayEnv, ...keys }).WEBHOOK_SECRET_ACTIVE_KEY, 'k1');
  });

  it('lists the sandbox as needing no database', () => {
    const names = envVarsOf(ServiceName.Sandbox).map((v) => v.name);
    assert.ok(!names.includes('MYSQL_URL'));
    assert.ok(names.includes('HTTP_PORT'));
  });
});
