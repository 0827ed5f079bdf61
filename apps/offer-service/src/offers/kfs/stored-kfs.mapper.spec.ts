import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { KeyFactStatement } from '@los/contracts';
import { storedKfsOf } from './stored-kfs.mapper.js';

const LEGACY = {
  applicationId: 'a',
  offerId: 'o',
  lender: { code: 'X', name: 'X', grievance: { officer: 'o', email: 'e', phone: 'p' } },
  terms: {
    offerId: 'o',
    amount: 250000,
    tenureMonths: 24,
    annualRatePercent: 14.5,
    emi: 12062.5,
    processingFee: 2500,
    gstOnFees: 450,
    netDisbursed: 247050,
    apr: 15.61,
    validUntil: '2026-01-01T00:00:00.000Z',
    ruleVersion: 1,
  },
  totalInterest: 39500.07,
  totalPayable: 289500.07,
  otherCharges: 0,
  coolingOffDays: 3,
  schedule: [{ installment: 1, opening: 250000, emi: 12062.5, interest: 3020.83, principal: 9041.67, closing: 240958.33 }],
  acceptedAt: '2025-12-01T00:00:00.000Z',
  html: '<html></html>',
} as unknown as KeyFactStatement;

describe('storedKfsOf', () => {
  it('shows a statement stored with JSON numbers with rupee strings and the currency, changing no figure', () => {
    const wire = storedKfsOf(LEGACY);
    assert.deepEqual(
      [wire.currency, wire.terms.currency, wire.terms.amount, wire.terms.emi, wire.totalInterest, wire.otherCharges],
      ['INR', 'INR', '250000.00', '12062.50', '39500.07', '0.00'],
    );
    assert.deepEqual(wire.schedule, [
      { installment: 1, opening: '250000.00', emi: '12062.50', interest: '3020.83', principal: '9041.67', closing: '240958.33' },
    ]);
    assert.equal(wire.terms.apr, 15.61);
  });

  it('returns a statement already in wire form as it is', () => {
    const current = storedKfsOf(LEGACY);
    assert.equal(storedKfsOf(current), current);
  });
});
