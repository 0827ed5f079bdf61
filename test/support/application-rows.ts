import { ApplicationStatus } from '@los/contracts';
import { ApplicationEntity, EmploymentType } from '../../apps/gateway/src/applications/application.entity.js';

/** A fresh application row, every column set, for tests that write the gateway's tables directly. */
export function applicationRow(id: string, extra: Partial<ApplicationEntity> = {}): ApplicationEntity {
  return Object.assign(new ApplicationEntity(), {
    id,
    ownerUserId: '6f1c8e2a-0000-4000-8000-000000000001',
    channelPartnerCode: null,
    status: ApplicationStatus.LeadCreated,
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
    sanctionedAmount: null,
    acceptedAmount: null,
    acceptedOfferId: null,
    acceptedPartnerCode: null,
    documentsRequired: null,
    acceptedProcessingFee: null,
    acceptedGstOnFees: null,
    hasExtra: false,
    idempotencyKey: null,
    partnerCode: null,
    partnerReference: null,
    partnerStatus: null,
    version: 0,
    createdAt: new Date('2026-01-31T23:59:59.999Z'),
    updatedAt: new Date('2026-01-31T23:59:59.999Z'),
    ...extra,
  });
}
