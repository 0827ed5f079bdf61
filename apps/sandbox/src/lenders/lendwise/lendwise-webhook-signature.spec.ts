import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lendwiseSignatureHeader } from './lendwise-webhook-signature.js';

// Test vector from the scheme's description, computed apart from any of our code:
// printf '%s' "1700000000.$BODY" | openssl dgst -sha256 -hmac whsec_test_vector_lendwise
// libs/nbfc/src/partners/lendwise/lendwise-signature.spec.ts holds the same vector for the adapter.
const BODY = '{"id":"evt_tv1","type":"application.status_changed","data":{"applicationId":"LW-TV-1","status":"approved"}}';
const EXPECTED = 't=1700000000,v1=276f6db9b963314dd67b5a867df4c394d2dce22f4c36d6ea15122a44b674b78c';

describe('LENDWISE sandbox webhook signature', () => {
  it('matches the fixed test vector', () => {
    assert.equal(lendwiseSignatureHeader(BODY, 'whsec_test_vector_lendwise', 1_700_000_000), EXPECTED);
  });

  it('changes with the body, the secret and the timestamp', () => {
    assert.notEqual(lendwiseSignatureHeader(BODY.replace('approved', 'rejected'), 'whsec_test_vector_lendwise', 1_700_000_000), EXPECTED);
    assert.notEqual(lendwiseSignatureHeader(BODY, 'another_secret', 1_700_000_000), EXPECTED);
    assert.notEqual(lendwiseSignatureHeader(BODY, 'whsec_test_vector_lendwise', 1_700_000_001).split(',')[1], EXPECTED.split(',')[1]);
  });
});
