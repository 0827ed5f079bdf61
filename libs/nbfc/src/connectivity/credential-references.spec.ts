import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveCredentials } from './credential-references.js';

describe('resolveCredentials', () => {
  const files: Record<string, string> = { '/run/secrets/ocean-key': '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----\n' };
  const readFile = (path: string) => {
    if (!(path in files)) throw new Error('ENOENT');
    return files[path]!;
  };

  it('reads env: and file: references and keeps literal values', () => {
    const sut = resolveCredentials(
      'SETU',
      { apiKey: 'env:SETU_API_KEY', privateKeyPem: 'file:/run/secrets/ocean-key', keyId: 'los-1' },
      { SETU_API_KEY: 's3cr3t' },
      readFile,
    );
    assert.deepEqual(sut, {
      apiKey: 's3cr3t',
      privateKeyPem: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----',
      keyId: 'los-1',
    });
  });

  it('fails naming the missing reference, never a value', () => {
    assert.throws(
      () => resolveCredentials('SETU', { apiKey: 'env:NOT_SET' }, {}, readFile),
      /SETU credential apiKey names environment variable NOT_SET/,
    );
    assert.throws(
      () => resolveCredentials('SETU', { key: 'file:/nope' }, {}, readFile),
      /SETU credential key names file \/nope, which cannot be read/,
    );
  });
});
