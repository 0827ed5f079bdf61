import { IsIn, IsISO8601, IsString, Matches, ValidateIf } from 'class-validator';
import { PARTNER_EVENT_ID, PARTNER_REFERENCE, PartnerStatus, UTR_FORMAT } from '@los/contracts';

/** A rupee amount above zero with at most 2 decimals, as a decimal string. */
const POSITIVE_RUPEES = /^(?!0+(\.0{1,2})?$)\d{1,12}(\.\d{1,2})?$/;
/** An ISO 8601 instant that names its offset, so no server's local time zone decides when it happened. */
const ZONED_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

const isMoneyState = (event: ParsedPartnerEvent) => event.status === PartnerStatus.Disbursed;

/**
 * What a partner event must be before anything of ours acts on it, whichever lender sent it: ids and references
 * that fit where we keep them, a real instant, and for money states the amount and the payment's UTR.
 */
export class ParsedPartnerEvent {
  @IsString() @Matches(PARTNER_EVENT_ID) eventId: string;
  @IsString() @Matches(PARTNER_REFERENCE) partnerReference: string;
  @IsIn(Object.values(PartnerStatus)) status: PartnerStatus;
  @IsString() @Matches(ZONED_INSTANT) @IsISO8601({ strict: true, strictSeparator: true }) occurredAt: string;
  @ValidateIf((event: ParsedPartnerEvent) => isMoneyState(event) || event.amount !== undefined)
  @IsString()
  @Matches(POSITIVE_RUPEES)
  amount?: string;
  @ValidateIf((event: ParsedPartnerEvent) => isMoneyState(event) || event.utr !== undefined)
  @IsString()
  @Matches(UTR_FORMAT)
  utr?: string;
}
