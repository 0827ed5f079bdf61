import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPlainEmail, normaliseEmail } from './email-address.js';

describe('account emails', () => {
  it('folds full-width and upper-case forms onto the plain address', () => {
    assert.equal(normaliseEmail('ＡＳＨＡ＠ｅｘａｍｐｌｅ．ｉｎ'), 'asha@example.in');
    assert.equal(normaliseEmail('Asha@Example.IN'), 'asha@example.in');
    assert.ok(isPlainEmail(normaliseEmail('ＡＳＨＡ＠ｅｘａｍｐｌｅ．ｉｎ')));
  });

  it('refuses look-alike letters, invisible characters and spaces', () => {
    const lookalikes = [
      '\u0430sha@example.in',
      'asha@ex\u0430mple.in',
      'as\u200bha@example.in',
      'asha\u200d@example.in',
      'as\u00adha@example.in',
      'a sha@example.in',
      '\u202easha@example.in',
    ];
    for (const email of lookalikes) assert.equal(isPlainEmail(normaliseEmail(email)), false, JSON.stringify(email));
  });

  it('accepts internationalised domains in their xn-- form', () => {
    assert.ok(isPlainEmail('asha@xn--h2brj9c.xn--h2brj9c'));
  });
});
