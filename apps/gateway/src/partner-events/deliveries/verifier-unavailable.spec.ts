import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { isVerifierUnavailable } from './verifier-unavailable.js';

describe('isVerifierUnavailable', () => {
  it('is true for no responder, a timeout and a 503 from offer-service', () => {
    assert.equal(isVerifierUnavailable(new AppException(ErrorCode.UpstreamUnavailable, 'x')), true);
    assert.equal(isVerifierUnavailable(new AppException(ErrorCode.UpstreamTimeout, 'x')), true);
    assert.equal(isVerifierUnavailable(new AppException(ErrorCode.Internal, 'x', 503)), true);
  });

  it("is false for the verifier's answers and for anything that is not a coded error", () => {
    assert.equal(isVerifierUnavailable(new AppException(ErrorCode.WebhookSignatureInvalid, 'x')), false);
    assert.equal(isVerifierUnavailable(new AppException(ErrorCode.PartnerEventStale, 'x')), false);
    assert.equal(isVerifierUnavailable(new Error('boom')), false);
  });
});
