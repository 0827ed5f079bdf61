import { ApplicationStatus } from '@los/contracts';

export enum TemplateId {
  KycVerified = 'kyc-verified',
  KycReview = 'kyc-review',
  KycFailed = 'kyc-failed',
  OffersReady = 'offers-ready',
  NoOffers = 'no-offers',
  UnderReview = 'under-review',
  CreditApproved = 'credit-approved',
  Rejected = 'rejected',
  Sanctioned = 'sanctioned',
  Disbursed = 'disbursed',
  DisbursalFailed = 'disbursal-failed',
}

/** The values a template may use: never Aadhaar, a full PAN or an account number. */
export interface TemplateVariables {
  firstName: string;
  applicationRef: string;
  amount: string;
}

/**
 * One message, the same text by email and SMS. `dltTemplateId` is the content template registered on the DLT platform:
 * an SMS whose text does not match its registered template is dropped by the operator (TRAI TCCCPR 2018).
 */
export interface NotificationTemplate {
  id: TemplateId;
  dltTemplateId: string;
  subject: string;
  body: string;
}

const template = (id: TemplateId, dltTemplateId: string, subject: string, body: string): NotificationTemplate => ({
  id,
  dltTemplateId,
  subject,
  body,
});

export const TEMPLATES: Record<TemplateId, NotificationTemplate> = {
  [TemplateId.KycVerified]: template(
    TemplateId.KycVerified,
    '1107160000000000101',
    'Your KYC is verified',
    'Dear {{firstName}}, your KYC for loan application {{applicationRef}} is verified. We are preparing your offers. - LOS',
  ),
  [TemplateId.KycReview]: template(
    TemplateId.KycReview,
    '1107160000000000102',
    'Your KYC is being reviewed',
    'Dear {{firstName}}, your KYC for loan application {{applicationRef}} needs a manual check. We will update you soon. - LOS',
  ),
  [TemplateId.KycFailed]: template(
    TemplateId.KycFailed,
    '1107160000000000103',
    'We could not verify your KYC',
    'Dear {{firstName}}, we could not verify your KYC for loan application {{applicationRef}}. Please try again in the app. - LOS',
  ),
  [TemplateId.OffersReady]: template(
    TemplateId.OffersReady,
    '1107160000000000104',
    'Your loan offers are ready',
    'Dear {{firstName}}, loan offers for application {{applicationRef}} are ready. Compare them in the app. - LOS',
  ),
  [TemplateId.NoOffers]: template(
    TemplateId.NoOffers,
    '1107160000000000105',
    'No loan offers this time',
    'Dear {{firstName}}, our lenders have no offer for application {{applicationRef}} at this time. - LOS',
  ),
  [TemplateId.UnderReview]: template(
    TemplateId.UnderReview,
    '1107160000000000106',
    'Your application is being reviewed',
    'Dear {{firstName}}, loan application {{applicationRef}} is with our credit team for review. - LOS',
  ),
  [TemplateId.Rejected]: template(
    TemplateId.Rejected,
    '1107160000000000107',
    'Update on your loan application',
    'Dear {{firstName}}, we are unable to approve loan application {{applicationRef}}. The app shows the reasons. - LOS',
  ),
  [TemplateId.CreditApproved]: template(
    TemplateId.CreditApproved,
    '1107160000000000111',
    'Your loan application is approved by us',
    'Dear {{firstName}}, we approved loan application {{applicationRef}} and sent it to the lender for sanction. - LOS',
  ),
  [TemplateId.Sanctioned]: template(
    TemplateId.Sanctioned,
    '1107160000000000108',
    'Your loan is sanctioned',
    'Dear {{firstName}}, your loan of Rs {{amount}} (application {{applicationRef}}) is sanctioned by the lender. - LOS',
  ),
  [TemplateId.Disbursed]: template(
    TemplateId.Disbursed,
    '1107160000000000109',
    'Your loan is disbursed',
    'Dear {{firstName}}, Rs {{amount}} for loan application {{applicationRef}} is disbursed to your bank account. - LOS',
  ),
  [TemplateId.DisbursalFailed]: template(
    TemplateId.DisbursalFailed,
    '1107160000000000110',
    'Your disbursal did not go through',
    'Dear {{firstName}}, the disbursal for loan application {{applicationRef}} did not go through. We are on it. - LOS',
  ),
};

/** The milestones a borrower hears about: entering one of these statuses sends its template. */
export const MILESTONE_TEMPLATES: Partial<Record<ApplicationStatus, TemplateId>> = {
  [ApplicationStatus.KycVerified]: TemplateId.KycVerified,
  [ApplicationStatus.KycReview]: TemplateId.KycReview,
  [ApplicationStatus.KycFailed]: TemplateId.KycFailed,
  [ApplicationStatus.OffersReady]: TemplateId.OffersReady,
  [ApplicationStatus.NoOffers]: TemplateId.NoOffers,
  [ApplicationStatus.ManualReview]: TemplateId.UnderReview,
  [ApplicationStatus.LenderReview]: TemplateId.CreditApproved,
  [ApplicationStatus.Rejected]: TemplateId.Rejected,
  [ApplicationStatus.Approved]: TemplateId.Sanctioned,
  [ApplicationStatus.Disbursed]: TemplateId.Disbursed,
  [ApplicationStatus.DisbursalFailed]: TemplateId.DisbursalFailed,
};

/** The template's subject and body with its variables filled in; a variable the template names but is not given throws. */
export function render(template: NotificationTemplate, variables: TemplateVariables): { subject: string; body: string } {
  const fill = (text: string) =>
    text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
      const value = (variables as unknown as Record<string, string | undefined>)[name];
      if (value === undefined) throw new Error(`Template ${template.id} uses an unknown variable ${name}`);
      return value;
    });
  return { subject: fill(template.subject), body: fill(template.body) };
}
