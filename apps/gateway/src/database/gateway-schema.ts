import {
  AddIdempotencyLease1764000000820,
  CreateDurableTables1764000000000,
  CreateIdempotencyKeys1764000000200,
  IdempotencyKeyEntity,
} from '@los/common';
import { ApplicationEntity } from '../applications/application.entity.js';
import { ApplicationStatusLogEntity } from '../applications/lifecycle/application-status-log.entity.js';
import { RefreshTokenEntity } from '../auth/refresh-token.entity.js';
import { ApplicationDocumentEntity } from '../documents/document.entity.js';
import { ProbeEntity } from '../probes/probe.entity.js';
import { KycSubmissionEntity } from '../kyc/kyc-submission.entity.js';
import { PartnerEventEntity } from '../partner-events/partner-event.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { CreateProbes1764000000100 } from './migrations/1764000000100-create-probes.js';
import { CreateUsersAndTokens1764000000300 } from './migrations/1764000000300-create-users-and-tokens.js';
import { CreateApplications1764000000400 } from './migrations/1764000000400-create-applications.js';
import { CreateKycSubmissions1764000000600 } from './migrations/1764000000600-create-kyc-submissions.js';
import { CreateApplicationDocuments1764000000500 } from './migrations/1764000000500-create-application-documents.js';
import { CreatePartnerEvents1764000000700 } from './migrations/1764000000700-create-partner-events.js';
import { AddDocumentIdempotencyKey1764000000830 } from './migrations/1764000000830-add-document-idempotency-key.js';

/** Everything the gateway's MySQL database holds, for the app and for `npm run migrate`. */
export const GATEWAY_ENTITIES = [
  ProbeEntity,
  IdempotencyKeyEntity,
  UserEntity,
  RefreshTokenEntity,
  ApplicationEntity,
  ApplicationStatusLogEntity,
  ApplicationDocumentEntity,
  KycSubmissionEntity,
  PartnerEventEntity,
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
  AddIdempotencyLease1764000000820,
  AddDocumentIdempotencyKey1764000000830,
];
