import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

describe('services refuse to start with a bad environment', () => {
  for (const service of ['gateway', 'kyc-service']) {
    it(`${service} exits 1 naming the missing and malformed variables`, () => {
      const result = spawnSync(process.execPath, [`dist/apps/${service}/src/main.js`], {
        env: { PATH: process.env.PATH, REDIS_URL: 'redis://:hunter2secret@127.0.0.1:6379', HTTP_PORT: 'http' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      assert.equal(result.status, 1);
      assert.match(result.stderr, /HTTP_PORT/);
      assert.match(result.stderr, /MYSQL_URL/);
      assert.match(result.stderr, /MONGO_URL/);
      assert.doesNotMatch(result.stderr, /hunter2secret/);
    });
  }

  it('the sandbox exits 1 when started with NODE_ENV=production, and serves nothing', () => {
    const result = spawnSync(process.execPath, ['dist/apps/sandbox/src/main.js'], {
      env: { PATH: process.env.PATH, NODE_ENV: 'production', HTTP_PORT: '39871' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(result.status, 1, result.stdout);
    assert.match(result.stderr, /refuses to start with NODE_ENV=production/);
  });
});
