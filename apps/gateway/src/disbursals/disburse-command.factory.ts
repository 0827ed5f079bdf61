import { formatMoney, formatPaise, paiseOf, type DisburseCommand } from '@los/contracts';
import type { ApplicationEntity } from '../applications/application.entity.js';

export type DisburseCommandOrWhyNot = { command: DisburseCommand } | { missing: string };

/**
 * The disburse command of an approved application: its lender and reference, its verified account, and the KFS
 * figures the payout must match, the net being the sanctioned amount less the processing fee and GST.
 */
export function disburseCommandOf(application: ApplicationEntity, accountId: string, initiation: number): DisburseCommandOrWhyNot {
  const { partnerCode, partnerReference, sanctionedAmount, acceptedProcessingFee, acceptedGstOnFees } = application;
  if (!partnerCode || !partnerReference) return { missing: 'the lender reference' };
  if (sanctionedAmount === null) return { missing: 'the sanctioned amount' };
  if (acceptedProcessingFee === null || acceptedGstOnFees === null) return { missing: 'the KFS processing fee and GST' };
  const net = paiseOf(sanctionedAmount) - paiseOf(acceptedProcessingFee) - paiseOf(acceptedGstOnFees);
  if (net <= 0) return { missing: 'a net disbursal above zero' };
  return {
    command: {
      applicationId: application.id,
      partnerCode,
      partnerReference,
      initiation,
      accountId,
      kfs: {
        sanctionedAmount: formatMoney(sanctionedAmount),
        processingFee: formatMoney(acceptedProcessingFee),
        gstOnFees: formatMoney(acceptedGstOnFees),
        netDisbursal: formatPaise(net),
      },
    },
  };
}
