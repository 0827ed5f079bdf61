import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerErrorCode } from '../../contract/partner-error.js';
import { signLendwise, verifyLendwiseSignature } from './lendwise-signature.js';

// Test vector from the scheme's description (`t=<unix>,v1=<hex HMAC-SHA256 of "t.rawBody">`), computed apart
// from any of our code: printf '%s' "1700000000.$BODY" | openssl dgst -sha256 -hmac whsec_test_vector_lendwise
// The sandbox lender's own implementation is checked against the same vector.
const BODY = '{"id":"evt_tv1","type":"application.status_changed","data":{"applicationId":"LW-TV-1","status":"approved"}}';
const SECRET = 'whsec_test_vector_lendwise';
const EXPECTED = 't=1700000000,v1=276f6db9b963314dd67b5a867df4c394d2dce22f4c36d6ea15122a44b674b78c';
const T = 1_700_000_000;

describe('LENDWISE webhook signature', () => {
  it('signs the fixed test vector', () => {
    assert.equal(signLendwise(BODY, SECRET, T), EXPECTED);
    assert.equal(signLendwise(Buffer.from(BODY), SECRET, T), EXPECTED);
  });

  it('accepts the test vector within the tolerance and refuses it tampered, stale or under another secret', () => {
    assert.doesNotThrow(() => verifyLendwiseSignature(EXPECTED, Buffer.from(BODY), SECRET, 'AURUM_PRIME', T + 299));
    const refused = (header: string, body: string, secret: string, now: number) =>
      assert.throws(
        () => verifyLendwiseSignature(header, Buffer.from(body), secret, 'AURUM_PRIME', now),
        (error: { code?: string }) => error.code === PartnerErrorCode.WebhookSignatureInvalid,
      );
    refused(EXPECTED, BODY.replace('approved', 'rejected'), SECRET, T);
    refused(EXPECTED, BODY, 'another_secret', T);
    refused(EXPECTED, BODY, SECRET, T + 301);
    refused(EXPECTED.replace('t=1700000000', 't=1700000001'), BODY, SECRET, T);
  });
});
