import {
  AddIdempotencyLease1764000000820,
  CreateDurableTables1764000000000,
  CreateIdempotencyKeys1764000000200,
  IdempotencyKeyEntity,
} from '@los/common';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationBankAccountEntity } from '../bank-accounts/application-bank-account.entity.js';
import { ApplicationEventEntity } from '../applications/events/application-event.entity.js';
import { AttentionItemEntity } from '../applications/attention/attention-item.entity.js';
import { ApplicationStatusLogEntity } from '../applications/lifecycle/application-status-log.entity.js';
import { RefreshTokenEntity } from '../auth/refresh-token.entity.js';
import { ApplicationDocumentEntity } from '../documents/document.entity.js';
import { RedriveAuditEntity } from '../ops/redrive-audit.entity.js';
import { ProbeEntity } from '../probes/probe.entity.js';
import { KycReviewAuditEntity } from '../kyc-reviews/kyc-review-audit.entity.js';
import { KycReviewEntity } from '../kyc-reviews/kyc-review.entity.js';
import { KycOtpRequestEntity } from '../kyc/kyc-otp-request.entity.js';
import { KycSubmissionEntity } from '../kyc/kyc-submission.entity.js';
import { NotificationDeliveryEntity } from '../notifications/notification-delivery.entity.js';
import { PartnerEventEntity } from '../partner-events/partner-event.entity.js';
import { UnderwritingSlaBreachEntity } from '../underwriting-desk/sla/underwriting-sla-breach.entity.js';
import { UnderwritingReviewAuditEntity } from '../underwriting-desk/underwriting-review-audit.entity.js';
import { UnderwritingReviewEntity } from '../underwriting-desk/underwriting-review.entity.js';
import { PartnerWebhookDeliveryEntity } from '../partner-events/deliveries/partner-webhook-delivery.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { WebhookAttemptEntity } from '../webhooks/webhook-attempt.entity.js';
import { WebhookDeliveryEntity } from '../webhooks/webhook-delivery.entity.js';
import { WebhookSubscriptionEntity } from '../webhooks/webhook-subscription.entity.js';
import { CreateProbes1764000000100 } from './migrations/1764000000100-create-probes.js';
import { CreateUsersAndTokens1764000000300 } from './migrations/1764000000300-create-users-and-tokens.js';
import { CreateApplications1764000000400 } from './migrations/1764000000400-create-applications.js';
import { CreateKycSubmissions1764000000600 } from './migrations/1764000000600-create-kyc-submissions.js';
import { CreateApplicationDocuments1764000000500 } from './migrations/1764000000500-create-application-documents.js';
import { CreatePartnerEvents1764000000700 } from './migrations/1764000000700-create-partner-events.js';
import { CreateApplicationAttentionItems1764000000800 } from './migrations/1764000000800-create-application-attention-items.js';
import { AddDocumentIdempotencyKey1764000000830 } from './migrations/1764000000830-add-document-idempotency-key.js';
import { LockApplicationDocuments1764000000850 } from './migrations/1764000000850-lock-application-documents.js';
import { CreateKycOtpRequests1764000000860 } from './migrations/1764000000860-create-kyc-otp-requests.js';
import { CreateApplicationRedrives1764000000900 } from './migrations/1764000000900-create-application-redrives.js';
import { CreateKycReviews1764000000950 } from './migrations/1764000000950-create-kyc-reviews.js';
import { AddApplicationAcceptedAmount1764000000960 } from './migrations/1764000000960-add-application-accepted-amount.js';
import { AddApplicationAcceptedOffer1764000001000 } from './migrations/1764000001000-add-application-accepted-offer.js';
import { CreateUnderwritingReviews1764000001100 } from './migrations/1764000001100-create-underwriting-reviews.js';
import { CreateApplicationBankAccounts1764000001300 } from './migrations/1764000001300-create-application-bank-accounts.js';
import { AddApplicationAcceptedFees1764000001600 } from './migrations/1764000001600-add-application-accepted-fees.js';
import { CreatePartnerWebhookDeliveries1764000001400 } from './migrations/1764000001400-create-partner-webhook-deliveries.js';
import { CreateApplicationEvents1764000001200 } from './migrations/1764000001200-create-application-events.js';
import { CreateNotificationDeliveries1764000001210 } from './migrations/1764000001210-create-notification-deliveries.js';
import { CreateWebhooks1764000001220 } from './migrations/1764000001220-create-webhooks.js';
import { SealWebhookSecrets1764000001700 } from './migrations/1764000001700-seal-webhook-secrets.js';

/** Everything the gateway's MySQL database holds, for the app and for `npm run migrate`. */
export const GATEWAY_ENTITIES = [
  ProbeEntity,
  IdempotencyKeyEntity,
  UserEntity,
  RefreshTokenEntity,
  ApplicationEntity,
  ApplicationStatusLogEntity,
  ApplicationEventEntity,
  NotificationDeliveryEntity,
  WebhookSubscriptionEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
  ApplicationDocumentEntity,
  KycSubmissionEntity,
  KycOtpRequestEntity,
  PartnerEventEntity,
  PartnerWebhookDeliveryEntity,
  RedriveAuditEntity,
  AttentionItemEntity,
  KycReviewEntity,
  KycReviewAuditEntity,
  UnderwritingReviewEntity,
  UnderwritingReviewAuditEntity,
  UnderwritingSlaBreachEntity,
  ApplicationBankAccountEntity,
];
export const GATEWAY_MIGRATIONS = [
  CreateDurableTables1764000000000,
  CreateProbes1764000000100,
  CreateIdempotencyKeys1764000000200,
  CreateUsersAndTokens1764000000300,
  CreateApplications1764000000400,
  CreateApplicationDocuments1764000000500,
  CreateKycSubmissions1764000000600,
  CreatePartnerEvents1764000000700,
  CreateApplicationAttentionItems1764000000800,
  AddIdempotencyLease1764000000820,
  AddDocumentIdempotencyKey1764000000830,
  LockApplicationDocuments1764000000850,
  CreateKycOtpRequests1764000000860,
  CreateApplicationRedrives1764000000900,
  CreateKycReviews1764000000950,
  AddApplicationAcceptedAmount1764000000960,
  AddApplicationAcceptedOffer1764000001000,
  CreateUnderwritingReviews1764000001100,
  CreateApplicationBankAccounts1764000001300,
  AddApplicationAcceptedFees1764000001600,
  CreatePartnerWebhookDeliveries1764000001400,
  CreateApplicationEvents1764000001200,
  CreateNotificationDeliveries1764000001210,
  CreateWebhooks1764000001220,
  SealWebhookSecrets1764000001700,
];
