import { CreateDurableTables1764000000000 } from '@los/common';
import { NBFC_CONNECTIVITY_ENTITIES } from '@los/nbfc';
import { AuditEventEntity } from '../audit/audit-event.entity.js';
import { OfferAcceptanceEntity } from '../offers/entities/offer-acceptance.entity.js';
import { OfferSetEntity } from '../offers/entities/offer-set.entity.js';
import { OfferEntity } from '../offers/entities/offer.entity.js';
import { PartnerConnectionEntity } from '../connections/partner-connection.entity.js';
import { PartnerRuleVersionEntity } from '../partners/partner-rule-version.entity.js';
import { PartnerEntity } from '../partners/partner.entity.js';
import { CreatePartnerRules1765000000100 } from './migrations/1765000000100-create-partner-rules.js';
import { SeedPartners1765000000200 } from './migrations/1765000000200-seed-partners.js';
import { CreateOffers1765000000300 } from './migrations/1765000000300-create-offers.js';
import { CreatePartnerConnections1765000000400 } from './migrations/1765000000400-create-partner-connections.js';
import { ConnectKuberAndOcean1765000000500 } from './migrations/1765000000500-connect-kuber-and-ocean.js';
import { CreatePartnerSubmissions1765000000600 } from './migrations/1765000000600-create-partner-submissions.js';
import { CreatePartnerDecisionPolls1764000004000 } from './migrations/1764000004000-create-partner-decision-polls.js';
import { DropPartnerSubmissions1765000000800 } from './migrations/1765000000800-drop-partner-submissions.js';

/**
 * Everything the offer service's MySQL database holds, for the app and for `npm run migrate`. `partner_decision_polls`
 * is still created by its migration but no longer used, and `partner_submissions` is created and then dropped:
 * disbursal-service owns the lender relationship after acceptance and keeps its own (no rows were carried over).
 */
export const OFFER_ENTITIES = [
  PartnerEntity,
  PartnerRuleVersionEntity,
  AuditEventEntity,
  OfferSetEntity,
  OfferEntity,
  OfferAcceptanceEntity,
  PartnerConnectionEntity,
  ...NBFC_CONNECTIVITY_ENTITIES,
];
export const OFFER_MIGRATIONS = [
  CreateDurableTables1764000000000,
  CreatePartnerRules1765000000100,
  SeedPartners1765000000200,
  CreateOffers1765000000300,
  CreatePartnerConnections1765000000400,
  ConnectKuberAndOcean1765000000500,
  CreatePartnerSubmissions1765000000600,
  CreatePartnerDecisionPolls1764000004000,
  DropPartnerSubmissions1765000000800,
];
