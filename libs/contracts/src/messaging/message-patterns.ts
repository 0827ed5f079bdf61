/** Versioned names of every message that crosses the Redis transport. */
export enum MessagePattern {
  KycProbe = 'kyc.cmd.probe.v1',
  KycProbeStatus = 'kyc.qry.probe-status.v1',
  /** Request/reply, idempotent: the stored offer set while it is valid, else a new one. */
  OfferCompute = 'offer.req.compute-offers.v1',
  /** Request/reply, idempotent on (applicationId, offerId). */
  OfferAccept = 'offer.req.accept-offer.v1',
  OfferKfs = 'offer.qry.kfs.v1',
  EmiPreview = 'offer.qry.emi-preview.v1',
  PartnerList = 'offer.qry.partners.v1',
  PartnerRules = 'offer.qry.partner-rules.v1',
  PartnerRulesDiff = 'offer.qry.partner-rules-diff.v1',
  PartnerRulesPublish = 'offer.req.publish-partner-rules.v1',
}

/** Versioned names of the result events services report back through the durable event path. */
export enum EventType {
  KycProbeCompleted = 'kyc.evt.probe-completed.v1',
}
