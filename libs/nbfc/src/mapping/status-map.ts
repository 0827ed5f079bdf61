import type { PartnerStatus } from '../contract/canonical.js';
import { PartnerError, PartnerErrorCode } from '../contract/partner-error.js';

/** A partner's status words mapped to ours; a word outside the map throws UnknownStatus and is never guessed. */
export class StatusMap {
  constructor(
    private readonly partnerCode: string,
    private readonly words: Readonly<Record<string, PartnerStatus>>,
  ) {}

  toStatus(word: unknown): PartnerStatus {
    if (typeof word === 'string' && Object.hasOwn(this.words, word)) return this.words[word]!;
    throw new PartnerError(PartnerErrorCode.UnknownStatus, `unknown status word ${JSON.stringify(word)}`, this.partnerCode);
  }
}
