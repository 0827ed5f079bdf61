import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ApplicationStatus } from '@los/contracts';
import { toApplicationEntity, toAttentionItems, type ApplicationWithAttentionRow } from './application-row.mapper.js';
import { toApplicationView } from './application.mapper.js';
import { ApplicationEntity, EmploymentType } from './application.entity.js';
import { AttentionCode } from './attention/attention-code.js';

const ID = '9f1c2e1a-1111-4222-8333-444455556666';
const created = new Date('2026-12-06T08:21:07.123Z');
const updated = new Date('2026-12-06T09:00:00.456Z');

const row = (item: Partial<ApplicationWithAttentionRow> = {}): ApplicationWithAttentionRow => ({
  id: ID,
  owner_user_id: 'b1c2e1a0-1111-4222-8333-444455556666',
  channel_partner_code: 'DSA1',
  status: ApplicationStatus.Disbursed,
  full_name: 'Asha Verma',
  dob: '1990-04-21',
  mobile: '9876543210',
  email: 'asha@example.in',
  pan: 'ABCPV1234F',
  employment_type: EmploymentType.Salaried,
  monthly_income: '85000.00',
  existing_emi_monthly: '0.00',
  pincode: '560034',
  city: 'Bengaluru',
  state: 'Karnataka',
  loan_amount: '250000.50',
  tenure_months: 36,
  purpose: 'Home renovation',
  sanctioned_amount: '240000.00',
  accepted_amount: null,
  accepted_offer_id: null,
  accepted_partner_code: null,
  documents_required: null,
  accepted_processing_fee: null,
  accepted_gst_on_fees: null,
  has_extra: 1,
  idempotency_key: null,
  partner_code: 'ACME',
  partner_reference: 'REF-1',
  partner_status: null,
  version: 7,
  created_at: created,
  updated_at: updated,
  item_id: null,
  item_code: null,
  item_reason: null,
  item_command_id: null,
  item_created_at: null,
  item_resolved_at: null,
  ...item,
});

describe('application row mapper', () => {
  it('hydrates an entity as TypeORM did: DECIMAL and DATE as strings, booleans, dates kept', () => {
    const entity = toApplicationEntity(row());
    assert.ok(entity instanceof ApplicationEntity);
    assert.equal(entity.loanAmount, '250000.50');
    assert.equal(entity.dob, '1990-04-21');
    assert.equal(entity.hasExtra, true);
    assert.equal(toApplicationEntity(row({ has_extra: 0 })).hasExtra, false);
    assert.equal(entity.createdAt, created);
    assert.equal(entity.version, 7);
  });

  it('answers the same view bytes as the entity it replaces', () => {
    const entity = toApplicationEntity(row());
    const expected = Object.assign(new ApplicationEntity(), {
      id: ID,
      ownerUserId: 'b1c2e1a0-1111-4222-8333-444455556666',
      channelPartnerCode: 'DSA1',
      status: ApplicationStatus.Disbursed,
      fullName: 'Asha Verma',
      dob: '1990-04-21',
      mobile: '9876543210',
      email: 'asha@example.in',
      pan: 'ABCPV1234F',
      employmentType: EmploymentType.Salaried,
      monthlyIncome: '85000.00',
      existingEmiMonthly: '0.00',
      pincode: '560034',
      city: 'Bengaluru',
      state: 'Karnataka',
      loanAmount: '250000.50',
      tenureMonths: 36,
      purpose: 'Home renovation',
      sanctionedAmount: '240000.00',
      acceptedAmount: null,
      acceptedOfferId: null,
      acceptedPartnerCode: null,
      documentsRequired: null,
      acceptedProcessingFee: null,
      acceptedGstOnFees: null,
      hasExtra: true,
      idempotencyKey: null,
      partnerCode: 'ACME',
      partnerReference: 'REF-1',
      partnerStatus: null,
      version: 7,
      createdAt: created,
      updatedAt: updated,
    });
    assert.deepEqual(entity, expected);
    assert.equal(
      JSON.stringify(toApplicationView(entity, false, undefined, [])),
      JSON.stringify(toApplicationView(expected, false, undefined, [])),
    );
  });

  it('has no attention items when the left join matched none, and keeps the rows order otherwise', () => {
    assert.deepEqual(toAttentionItems([row()]), []);
    const first = row({ item_id: '3', item_code: AttentionCode.KycCommandRefused, item_reason: 'refused', item_created_at: created });
    const second = row({ item_id: '9', item_code: AttentionCode.UnderwritingFailed, item_reason: 'failed', item_created_at: updated });
    assert.deepEqual(
      toAttentionItems([first, second]).map((item) => [item.id, item.code, item.reason, item.createdAt, item.resolvedAt]),
      [
        ['3', AttentionCode.KycCommandRefused, 'refused', created, null],
        ['9', AttentionCode.UnderwritingFailed, 'failed', updated, null],
      ],
    );
  });
});
