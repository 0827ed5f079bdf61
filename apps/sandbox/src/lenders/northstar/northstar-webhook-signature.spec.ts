import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { northstarSignatureHeader } from './northstar-webhook-signature.js';

// Test vector from the scheme's description, computed apart from any of our code:
// printf '%s' "$BODY" | openssl dgst -sha256 -hmac whsec_test_vector_northstar
// libs/nbfc/src/partners/northstar/northstar-signature.spec.ts holds the same vector for the adapter.
const BODY = '{"event_id":"nse_tv1","event_type":"loan_application.status_updated","loan_application_id":"NS-TV-1","status":"APPROVED"}';
const EXPECTED = 'sha256=fd55ef2859ef7ebe654b6e289d9dbf9b3143addead97b4750b0d3d9e2800857b';

describe('NORTHSTAR sandbox webhook signature', () => {
  it('matches the fixed test vector', () => {
    assert.equal(northstarSignatureHeader(BODY, 'whsec_test_vector_northstar'), EXPECTED);
  });

  it('changes with the body and the secret', () => {
    assert.notEqual(northstarSignatureHeader(`${BODY} `, 'whsec_test_vector_northstar'), EXPECTED);
    assert.notEqual(northstarSignatureHeader(BODY, 'another_secret'), EXPECTED);
  });
});
