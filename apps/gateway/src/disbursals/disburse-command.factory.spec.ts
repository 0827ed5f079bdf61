import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ApplicationEntity } from '../applications/application.entity.js';
import { disburseCommandOf } from './disburse-command.factory.js';

const ACCOUNT = '5f0c7a7e-1b2c-4d3e-8f9a-0b1c2d3e4f5a';
const approved = (patch: Partial<ApplicationEntity> = {}) =>
  ({
    id: '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21',
    partnerCode: 'AURUM_PRIME',
    partnerReference: 'LW-APP-1',
    sanctionedAmount: '250000.00',
    acceptedProcessingFee: '5000.00',
    acceptedGstOnFees: '900.00',
    ...patch,
  }) as ApplicationEntity;

describe('disburseCommandOf', () => {
  it('carries the KFS figures and nets the fee and GST off the sanctioned amount', () => {
    assert.deepEqual(disburseCommandOf(approved(), ACCOUNT, 2), {
      command: {
        applicationId: '0b6f4c9e-7a55-4d3e-9a63-0d0a3c3b7e21',
        partnerCode: 'AURUM_PRIME',
        partnerReference: 'LW-APP-1',
        initiation: 2,
        accountId: ACCOUNT,
        kfs: { sanctionedAmount: '250000.00', processingFee: '5000.00', gstOnFees: '900.00', netDisbursal: '244100.00' },
      },
    });
  });

  it('names what is missing instead of guessing an amount', () => {
    assert.deepEqual(disburseCommandOf(approved({ partnerReference: null }), ACCOUNT, 1), { missing: 'the lender reference' });
    assert.deepEqual(disburseCommandOf(approved({ sanctionedAmount: null }), ACCOUNT, 1), { missing: 'the sanctioned amount' });
    assert.deepEqual(disburseCommandOf(approved({ acceptedGstOnFees: null }), ACCOUNT, 1), { missing: 'the KFS processing fee and GST' });
    assert.deepEqual(disburseCommandOf(approved({ acceptedProcessingFee: '250000.00' }), ACCOUNT, 1), {
      missing: 'a net disbursal above zero',
    });
  });
});
