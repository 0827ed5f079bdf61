import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { passwordWeakness } from './password-policy.js';

describe('password policy', () => {
  it('refuses the passwords of the security report and other short ones', () => {
    for (const password of ['aaaaaaaaaa', 'password12', ' '.repeat(10), 'short', 'Abcdef-123!']) {
      assert.match(passwordWeakness(password) ?? '', /at least 12 characters/, JSON.stringify(password));
    }
  });

  it('refuses blank, repetitive and sequential passwords of any length', () => {
    assert.match(passwordWeakness(' '.repeat(16)) ?? '', /blank/);
    assert.match(passwordWeakness('a'.repeat(20)) ?? '', /too few characters/);
    assert.match(passwordWeakness('abcabcabcabc') ?? '', /too few characters/);
    for (const run of ['abcdefghijklm', 'ZYXWVUTSRQPO', '345678901234', '210987654321']) {
      assert.match(passwordWeakness(run) ?? '', /sequence/, run);
    }
  });

  it('refuses breached passwords, also with digits and symbols around them', () => {
    for (const password of ['qwertyuiop123', 'password1234', 'Password1234!', '1234sunshine!!', 'iloveyou2026!']) {
      assert.match(passwordWeakness(password) ?? '', /breached/, password);
    }
  });

  it("refuses a password that contains the account's email name", () => {
    assert.match(passwordWeakness('asha.verma-2026!', 'asha.verma@example.in') ?? '', /email name/);
    assert.equal(passwordWeakness('asha.verma-2026!', 'someone@example.in'), null);
  });

  it('accepts long passphrases and random strings', () => {
    for (const password of ['correct horse battery staple', 'pw-9f2c41aa-secret', 'Tr0ub4dor&3-plus', 'कमल-नयन-२०२६-घर']) {
      assert.equal(passwordWeakness(password), null, password);
    }
  });

  it('counts characters, not UTF-16 units, and caps the length', () => {
    assert.match(passwordWeakness('🙂🙃😀😁😂🤣') ?? '', /at least 12/, 'six emoji are six characters');
    assert.match(passwordWeakness('x'.repeat(64) + 'y'.repeat(65)) ?? '', /at most 128/);
  });
});
