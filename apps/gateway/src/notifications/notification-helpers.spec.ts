import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ApplicationEntity } from '../applications/application.entity.js';
import { retryDelayMs } from './retry-delay.js';
import { indianRupees, variablesOf } from './template-variables.js';

describe('notification helpers', () => {
  it('groups rupees the Indian way from the decimal string', () => {
    assert.deepEqual(['5.5', '999.00', '1000.00', '150000.00', '12345678.90'].map(indianRupees), [
      '5.50',
      '999.00',
      '1,000.00',
      '1,50,000.00',
      '1,23,45,678.90',
    ]);
  });

  it('gives templates the first name, a short reference and the best known amount, and no identity number', () => {
    const application = {
      id: '9f1c2e1a-1111-4222-8333-444455556666',
      fullName: ' Asha  Verma ',
      pan: 'ABCPV1234F',
      loanAmount: '200000.00',
      acceptedAmount: '150000.00',
      sanctionedAmount: null,
    } as ApplicationEntity;
    const variables = variablesOf(application);
    assert.deepEqual(variables, { firstName: 'Asha', applicationRef: '9F1C2E1A', amount: '1,50,000.00' });
    assert.doesNotMatch(JSON.stringify(variables), /ABCPV1234F/);
  });

  it('backs off exponentially with bounded jitter, up to ten minutes', () => {
    assert.deepEqual(
      [1, 2, 3].map((attempt) => retryDelayMs(attempt, 1000, () => 0.5)),
      [1000, 2000, 4000],
    );
    assert.equal(
      retryDelayMs(1, 1000, () => 0),
      800,
    );
    assert.equal(
      retryDelayMs(1, 1000, () => 1),
      1200,
    );
    assert.equal(
      retryDelayMs(30, 1000, () => 0.5),
      600_000,
    );
  });
});
