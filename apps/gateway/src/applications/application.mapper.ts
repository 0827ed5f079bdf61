import { maskPan } from '@los/contracts';
import type { ApplicationEntity } from './application.entity.js';
import type { ApplicationView, AttentionItemView, StatusLogEntryView } from './application.view.js';
import type { AttentionItemEntity } from './attention/attention-item.entity.js';
import type { ApplicationStatusLogEntity } from './lifecycle/application-status-log.entity.js';

const money = (value: string | null) => (value === null ? null : Number(value));

export function toApplicationView(
  entity: ApplicationEntity,
  showFullPan: boolean,
  extra?: Record<string, unknown>,
  attention?: AttentionItemEntity[],
): ApplicationView {
  return {
    id: entity.id,
    status: entity.status,
    applicant: {
      fullName: entity.fullName,
      dob: entity.dob,
      mobile: entity.mobile,
      email: entity.email,
      pan: showFullPan ? entity.pan : maskPan(entity.pan),
      employmentType: entity.employmentType,
      monthlyIncome: money(entity.monthlyIncome)!,
      existingEmiMonthly: money(entity.existingEmiMonthly)!,
      pincode: entity.pincode,
      city: entity.city,
      state: entity.state,
    },
    loan: { amount: money(entity.loanAmount)!, tenureMonths: entity.tenureMonths, purpose: entity.purpose },
    channelPartnerCode: entity.channelPartnerCode,
    sanctionedAmount: money(entity.sanctionedAmount),
    lender: entity.partnerCode
      ? { partnerCode: entity.partnerCode, reference: entity.partnerReference, status: entity.partnerStatus }
      : null,
    ...(extra ? { extra } : {}),
    ...(attention ? { attention: attention.map(toAttentionItemView) } : {}),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

export function toAttentionItemView(item: AttentionItemEntity): AttentionItemView {
  return { code: item.code, reason: item.reason, at: item.createdAt.toISOString() };
}

export function toStatusLogEntryView(row: ApplicationStatusLogEntity): StatusLogEntryView {
  return { from: row.fromStatus, to: row.toStatus, actor: row.actor, reason: row.reason, at: row.at.toISOString() };
}
