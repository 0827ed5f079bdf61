import { CURRENCY, formatMoney, formatMoneyOrNull, maskPan } from '@los/contracts';
import type { ApplicationEntity } from './application.entity.js';
import type { ApplicationView, AttentionItemView, StatusLogEntryView } from './application.view.js';
import type { AttentionItemEntity } from './attention/attention-item.entity.js';
import type { ApplicationStatusLogEntity } from './lifecycle/application-status-log.entity.js';

export function toApplicationView(
  entity: ApplicationEntity,
  showFullPan: boolean,
  extra?: Record<string, unknown>,
  attention?: AttentionItemEntity[],
): ApplicationView {
  return {
    id: entity.id,
    status: entity.status,
    currency: CURRENCY,
    applicant: {
      fullName: entity.fullName,
      dob: entity.dob,
      mobile: entity.mobile,
      email: entity.email,
      pan: showFullPan ? entity.pan : maskPan(entity.pan),
      employmentType: entity.employmentType,
      monthlyIncome: formatMoney(entity.monthlyIncome),
      existingEmiMonthly: formatMoney(entity.existingEmiMonthly),
      pincode: entity.pincode,
      city: entity.city,
      state: entity.state,
    },
    loan: { amount: formatMoney(entity.loanAmount), tenureMonths: entity.tenureMonths, purpose: entity.purpose },
    channelPartnerCode: entity.channelPartnerCode,
    sanctionedAmount: formatMoneyOrNull(entity.sanctionedAmount),
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
