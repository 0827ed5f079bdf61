import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertNotProduction } from './production-guard.js';

describe('assertNotProduction', () => {
  it('stops the sandbox configured for production', () => {
    assert.throws(() => assertNotProduction({ NODE_ENV: 'production' }), /refuses to start with NODE_ENV=production/);
  });

  it('lets it run for development and tests', () => {
    assert.doesNotThrow(() => assertNotProduction({ NODE_ENV: 'development' }));
    assert.doesNotThrow(() => assertNotProduction({ NODE_ENV: 'test' }));
  });
});
