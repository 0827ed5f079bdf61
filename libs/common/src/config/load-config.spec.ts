import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ServiceName } from '@los/contracts';
import { envVarsOf } from './env-specs.js';
import { loadConfig, type AppConfig, type FeatureConfig, type GatewayConfig, type KycConfig, type SandboxConfig } from './load-config.js';

const gatewayOnly = {
  JWT_SECRET: 'gateway-only-jwt-secret-0123456789abcdef',
  ADMIN_PASSWORD: 'gateway-admin-password',
  S3_BUCKET: 'documents',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER-SECRET',
  WEBHOOK_SECRET_KEYS: 'k1:ZGV2LW9ubHktd2ViaG9vay1zZWNyZXQta2V5LTMyYnk=',
  WEBHOOK_SECRET_ACTIVE_KEY: 'k1',
};
const backend = {
  REDIS_URL: 'redis://127.0.0.1:6379',
  MYSQL_URL: 'mysql://root@127.0.0.1:3306/los',
  MONGO_URL: 'mongodb://127.0.0.1:27017/los',
};
const kycOnly = {
  AADHAAR_VAULT_KEYS: 'k1:ZGV2LW9ubHktYWFkaGFhci12YXVsdC1rZXktMzJieXQ=',
  AADHAAR_VAULT_ACTIVE_KEY: 'k1',
  AADHAAR_HMAC_KEY: 'unit-test-aadhaar-hmac-key-0123456789abcdef',
};
const everything = { ...backend, ...gatewayOnly, ...kycOnly };

describe('loadConfig per service', () => {
  it("drops the gateway's secrets from kyc-service's config even when the environment has them", () => {
    const config = loadConfig(ServiceName.Kyc, everything);
    // @ts-expect-error kyc-service's config type has no JWT_SECRET: reading it does not compile
    const secret: unknown = config.JWT_SECRET;
    assert.equal(secret, undefined);
    for (const name of Object.keys(gatewayOnly)) assert.ok(!(name in config), `${name} leaked into kyc-service's config`);
    assert.equal(config.service, ServiceName.Kyc);
    assert.equal(config.AADHAAR_VAULT_ACTIVE_KEY, 'k1');
  });

  it('keeps exactly the variables the service declares, plus its name', () => {
    for (const service of [ServiceName.Gateway, ServiceName.Kyc, ServiceName.Sandbox]) {
      const config: AppConfig = loadConfig(service, everything);
      const declared = envVarsOf(service).map((v) => v.name);
      const own = Object.keys(config).filter((key) => key !== 'service');
      assert.deepEqual(own.sort(), declared.sort(), service);
    }
  });

  it('gives the gateway its auth and S3 variables and the sandbox no database', () => {
    const gateway = loadConfig(ServiceName.Gateway, everything);
    assert.equal(gateway.JWT_SECRET, gatewayOnly.JWT_SECRET);
    assert.equal(gateway.S3_BUCKET, 'documents');
    assert.ok(!('AADHAAR_HMAC_KEY' in gateway));
    const sandbox = loadConfig(ServiceName.Sandbox, everything);
    assert.ok(!('MYSQL_URL' in sandbox) && !('REDIS_URL' in sandbox));
    assert.equal(sandbox.HTTP_PORT, 3005);
  });

  it('lets library code accept any service that has the features it needs, and no other', () => {
    const kyc: KycConfig = loadConfig(ServiceName.Kyc, everything);
    const durable: FeatureConfig<'durable' | 'redis' | 'mysql'> = kyc;
    assert.equal(durable.REDIS_URL, backend.REDIS_URL);
    // @ts-expect-error the auth feature (token keys) is the gateway's only
    const auth: FeatureConfig<'auth'> = kyc;
    // @ts-expect-error one service's config is not another's
    const gateway: GatewayConfig = kyc;
    const sandbox: SandboxConfig = loadConfig(ServiceName.Sandbox, everything);
    // @ts-expect-error the sandbox has no Redis
    const redis: FeatureConfig<'redis'> = sandbox;
    assert.ok(!('JWT_SECRET' in auth) && !('S3_BUCKET' in gateway) && !('REDIS_URL' in redis));
  });
});
