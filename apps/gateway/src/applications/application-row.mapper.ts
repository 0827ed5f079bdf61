import type { ApplicationStatus, PartnerStatus } from '@los/contracts';
import { ApplicationEntity, type EmploymentType } from './application.entity.js';
import type { AttentionCode } from './attention/attention-code.js';
import { AttentionItemEntity } from './attention/attention-item.entity.js';

/**
 * The columns of one application and, left-joined, one of its open attention items, as the raw read selects them:
 * DECIMAL as strings, DATE as 'YYYY-MM-DD', DATETIME as Date (mysql2 with timezone 'Z'), exactly what TypeORM hydrated.
 */
export const APPLICATION_WITH_ATTENTION_COLUMNS = `a.id, a.owner_user_id, a.channel_partner_code, a.status, a.full_name,
  DATE_FORMAT(a.dob, '%Y-%m-%d') AS dob, a.mobile, a.email, a.pan, a.employment_type, a.monthly_income,
  a.existing_emi_monthly, a.pincode, a.city, a.state, a.loan_amount, a.tenure_months, a.purpose, a.sanctioned_amount,
  a.accepted_amount, a.accepted_offer_id, a.accepted_partner_code, a.documents_required, a.accepted_processing_fee,
  a.accepted_gst_on_fees, a.has_extra, a.idempotency_key, a.partner_code, a.partner_reference, a.partner_status,
  a.version, a.created_at, a.updated_at,
  i.id AS item_id, i.code AS item_code, i.reason AS item_reason, i.command_id AS item_command_id,
  i.created_at AS item_created_at, i.resolved_at AS item_resolved_at`;

export interface ApplicationWithAttentionRow {
  id: string;
  owner_user_id: string;
  channel_partner_code: string | null;
  status: ApplicationStatus;
  full_name: string;
  dob: string;
  mobile: string;
  email: string;
  pan: string;
  employment_type: EmploymentType;
  monthly_income: string;
  existing_emi_monthly: string;
  pincode: string;
  city: string;
  state: string;
  loan_amount: string;
  tenure_months: number;
  purpose: string;
  sanctioned_amount: string | null;
  accepted_amount: string | null;
  accepted_offer_id: string | null;
  accepted_partner_code: string | null;
  documents_required: string | null;
  accepted_processing_fee: string | null;
  accepted_gst_on_fees: string | null;
  has_extra: number | boolean;
  idempotency_key: string | null;
  partner_code: string | null;
  partner_reference: string | null;
  partner_status: PartnerStatus | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  item_id: string | null;
  item_code: AttentionCode | null;
  item_reason: string | null;
  item_command_id: string | null;
  item_created_at: Date | null;
  item_resolved_at: Date | null;
}

export function toApplicationEntity(row: ApplicationWithAttentionRow): ApplicationEntity {
  return Object.assign(new ApplicationEntity(), {
    id: row.id,
    ownerUserId: row.owner_user_id,
    channelPartnerCode: row.channel_partner_code,
    status: row.status,
    fullName: row.full_name,
    dob: row.dob,
    mobile: row.mobile,
    email: row.email,
    pan: row.pan,
    employmentType: row.employment_type,
    monthlyIncome: row.monthly_income,
    existingEmiMonthly: row.existing_emi_monthly,
    pincode: row.pincode,
    city: row.city,
    state: row.state,
    loanAmount: row.loan_amount,
    tenureMonths: row.tenure_months,
    purpose: row.purpose,
    sanctionedAmount: row.sanctioned_amount,
    acceptedAmount: row.accepted_amount,
    acceptedOfferId: row.accepted_offer_id,
    acceptedPartnerCode: row.accepted_partner_code,
    documentsRequired: row.documents_required,
    acceptedProcessingFee: row.accepted_processing_fee,
    acceptedGstOnFees: row.accepted_gst_on_fees,
    hasExtra: Boolean(row.has_extra),
    idempotencyKey: row.idempotency_key,
    partnerCode: row.partner_code,
    partnerReference: row.partner_reference,
    partnerStatus: row.partner_status,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

/** The open attention items of the joined rows (none when the left join matched nothing), in the rows' order. */
export function toAttentionItems(rows: ApplicationWithAttentionRow[]): AttentionItemEntity[] {
  return rows
    .filter((row) => row.item_id !== null)
    .map((row) =>
      Object.assign(new AttentionItemEntity(), {
        id: String(row.item_id),
        applicationId: row.id,
        code: row.item_code as AttentionCode,
        reason: row.item_reason as string,
        commandId: row.item_command_id,
        createdAt: row.item_created_at as Date,
        resolvedAt: row.item_resolved_at,
      }),
    );
}

/** Every column of a new application, in the order of `toApplicationInsertValues`. */
export const INSERT_APPLICATION = `INSERT INTO applications (id, owner_user_id, channel_partner_code, status, full_name, dob, mobile,
  email, pan, employment_type, monthly_income, existing_emi_monthly, pincode, city, state, loan_amount, tenure_months, purpose,
  sanctioned_amount, accepted_amount, accepted_offer_id, accepted_partner_code, documents_required, accepted_processing_fee,
  accepted_gst_on_fees, has_extra, idempotency_key, partner_code, partner_reference, partner_status, version, created_at,
  updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export function toApplicationInsertValues(entity: ApplicationEntity): unknown[] {
  return [
    entity.id,
    entity.ownerUserId,
    entity.channelPartnerCode,
    entity.status,
    entity.fullName,
    entity.dob,
    entity.mobile,
    entity.email,
    entity.pan,
    entity.employmentType,
    entity.monthlyIncome,
    entity.existingEmiMonthly,
    entity.pincode,
    entity.city,
    entity.state,
    entity.loanAmount,
    entity.tenureMonths,
    entity.purpose,
    entity.sanctionedAmount,
    entity.acceptedAmount,
    entity.acceptedOfferId,
    entity.acceptedPartnerCode,
    entity.documentsRequired,
    entity.acceptedProcessingFee,
    entity.acceptedGstOnFees,
    entity.hasExtra ? 1 : 0,
    entity.idempotencyKey,
    entity.partnerCode,
    entity.partnerReference,
    entity.partnerStatus,
    entity.version,
    entity.createdAt,
    entity.updatedAt,
  ];
}
