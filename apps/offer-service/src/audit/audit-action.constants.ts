export enum AuditAction {
  PartnerRulesPublished = 'PARTNER_RULES_PUBLISHED',
  OfferAccepted = 'OFFER_ACCEPTED',
}

export enum AuditEntityType {
  Partner = 'PARTNER',
  Offer = 'OFFER',
}
