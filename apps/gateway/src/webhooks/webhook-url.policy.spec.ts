import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPublicAddress, webhookUrlProblem } from './webhook-url.policy.js';

const STRICT = { allowHttp: false, allowPrivate: false };

describe('webhook URL policy', () => {
  it('takes a public https URL only, unless http or private addresses are allowed', () => {
    assert.equal(webhookUrlProblem('https://hooks.partner.example/los', STRICT), null);
    assert.equal(webhookUrlProblem('http://hooks.partner.example/los', STRICT), 'must be https');
    assert.equal(webhookUrlProblem('http://hooks.partner.example/los', { ...STRICT, allowHttp: true }), null);
    assert.equal(webhookUrlProblem('ftp://hooks.partner.example/los', { ...STRICT, allowHttp: true }), 'must be https');
    assert.equal(webhookUrlProblem('https://user:pw@hooks.partner.example/', STRICT), 'must not carry credentials');
    assert.equal(webhookUrlProblem('not a url', STRICT), 'not a URL');
    for (const url of [
      'https://127.0.0.1/x',
      'https://10.1.2.3/x',
      'https://169.254.169.254/',
      'https://[::1]/x',
      'https://localhost:8443/',
    ]) {
      assert.equal(webhookUrlProblem(url, STRICT), 'must not be a private or loopback address', url);
      assert.equal(webhookUrlProblem(url, { ...STRICT, allowPrivate: true }), null, url);
    }
  });

  it('tells public addresses from private, loopback, link-local and reserved ones', () => {
    assert.deepEqual(['8.8.8.8', '172.15.0.1', '172.32.0.1', '2001:4860::8888'].map(isPublicAddress), [true, true, true, true]);
    assert.deepEqual(
      ['172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '0.0.0.0', '224.0.0.1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1'].map(
        isPublicAddress,
      ),
      [false, false, false, false, false, false, false, false, false],
    );
  });
});
