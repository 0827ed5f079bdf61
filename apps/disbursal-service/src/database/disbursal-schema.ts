import { CreateDurableTables1764000000000 } from '@los/common';
import { NBFC_CONNECTIVITY_ENTITIES } from '@los/nbfc';
import { BankAccountEntity } from '../bank-accounts/bank-account.entity.js';
import { DisbursalLenderEventEntity } from '../disbursals/entities/disbursal-lender-event.entity.js';
import { DisbursalReconciliationEntity } from '../disbursals/entities/disbursal-reconciliation.entity.js';
import { DisbursalEntity } from '../disbursals/entities/disbursal.entity.js';
import { PartnerDecisionPollEntity } from '../submissions/decision-poll/partner-decision-poll.entity.js';
import { PartnerSubmissionEntity } from '../submissions/partner-submission.entity.js';
import { CreateBankAccounts1764000003000 } from './migrations/1764000003000-create-bank-accounts.js';
import { CreatePartnerSlaBreaches1764000003050 } from './migrations/1764000003050-create-partner-sla-breaches.js';
import { CreateDisbursals1764000003060 } from './migrations/1764000003060-create-disbursals.js';
import { CreatePartnerSubmissions1764000003100 } from './migrations/1764000003100-create-partner-submissions.js';

/** Everything the disbursal service's MySQL database holds, for the app and for `npm run migrate`. */
export const DISBURSAL_ENTITIES = [
  BankAccountEntity,
  ...NBFC_CONNECTIVITY_ENTITIES,
  DisbursalEntity,
  DisbursalLenderEventEntity,
  DisbursalReconciliationEntity,
  PartnerSubmissionEntity,
  PartnerDecisionPollEntity,
];
export const DISBURSAL_MIGRATIONS = [
  CreateDurableTables1764000000000,
  CreateBankAccounts1764000003000,
  CreatePartnerSlaBreaches1764000003050,
  CreateDisbursals1764000003060,
  CreatePartnerSubmissions1764000003100,
];
