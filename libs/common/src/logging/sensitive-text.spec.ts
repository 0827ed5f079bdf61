import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { scrubSensitiveText } from './sensitive-text.js';

describe('scrubSensitiveText', () => {
  it('masks Aadhaar numbers written with or without separators', () => {
    assert.equal(scrubSensitiveText('id 234567890124 and 2345-6789-0124'), 'id [AADHAAR] and [AADHAAR]');
  });

  it('leaves shorter or longer digit runs alone (amounts, phone numbers, timestamps)', () => {
    assert.equal(scrubSensitiveText('amount 125000 at 1795695252172'), 'amount 125000 at 1795695252172');
  });

  it('masks individual and company PANs', () => {
    assert.equal(scrubSensitiveText('pan ABCPE1234F / AAACB1234C'), 'pan [PAN] / [PAN]');
  });

  it('strips the signature from pre-signed URLs but keeps the path', () => {
    const url = 'http://s3/bucket/doc.pdf?X-Amz-Algorithm=AWS4&X-Amz-Signature=abc123&x=1';
    assert.equal(scrubSensitiveText(url), 'http://s3/bucket/doc.pdf?X-Amz-Algorithm=[REDACTED]&X-Amz-Signature=[REDACTED]&x=1');
  });
});
