import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PartnerErrorCode } from '../../contract/partner-error.js';
import { signNorthstar, verifyNorthstarSignature } from './northstar-signature.js';

// Test vector from the scheme's description (`sha256=<hex HMAC-SHA256 of the raw body>`), computed apart from any
// of our code: printf '%s' "$BODY" | openssl dgst -sha256 -hmac whsec_test_vector_northstar
// The sandbox lender's own implementation is checked against the same vector.
const BODY = '{"event_id":"nse_tv1","event_type":"loan_application.status_updated","loan_application_id":"NS-TV-1","status":"APPROVED"}';
const SECRET = 'whsec_test_vector_northstar';
const EXPECTED = 'sha256=fd55ef2859ef7ebe654b6e289d9dbf9b3143addead97b4750b0d3d9e2800857b';

describe('NORTHSTAR webhook signature', () => {
  it('signs the fixed test vector', () => {
    assert.equal(signNorthstar(BODY, SECRET), EXPECTED);
  });

  it('accepts the test vector and refuses it tampered, under another secret or without its prefix', () => {
    assert.doesNotThrow(() => verifyNorthstarSignature(EXPECTED, Buffer.from(BODY), SECRET, 'VISTAAR_CREDIT'));
    const refused = (header: string, body: string, secret: string) =>
      assert.throws(
        () => verifyNorthstarSignature(header, Buffer.from(body), secret, 'VISTAAR_CREDIT'),
        (error: { code?: string }) => error.code === PartnerErrorCode.WebhookSignatureInvalid,
      );
    refused(EXPECTED, BODY.replace('APPROVED', 'REJECTED'), SECRET);
    refused(EXPECTED, BODY, 'another_secret');
    refused(EXPECTED.slice('sha256='.length), BODY, SECRET);
  });
});
