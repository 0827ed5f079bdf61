import { token_set_ratio as tokenSetRatio } from 'fuzzball';
import { ReasonCode } from '../reason-code.constants.js';
import type { MatchReason } from '../match-result.js';
import type { AddressInput } from './address-input.js';
import { normaliseAddress } from './address.normaliser.js';

export interface AddressComparison {
  /** 0-100 */
  score: number;
  reasons: MatchReason[];
}

const PINCODE_WEIGHT = 0.4;

/** Token-set similarity of the normalised lines, blended with pincode equality when both have one. */
export function compareAddresses(first: AddressInput, second: AddressInput): AddressComparison {
  const [a, b] = [normaliseAddress(first), normaliseAddress(second)];
  const reasons: MatchReason[] = [];
  const textScore = a.text && b.text ? tokenSetRatio(a.text, b.text, { full_process: false }) : 0;
  let score = textScore;
  if (a.pincode !== null && b.pincode !== null) {
    const pinScore = a.pincode === b.pincode ? 100 : 0;
    score = PINCODE_WEIGHT * pinScore + (1 - PINCODE_WEIGHT) * textScore;
    reasons.push(
      pinScore === 100
        ? { code: ReasonCode.PincodeMatched, detail: a.pincode }
        : { code: ReasonCode.PincodeDiffers, detail: `${a.pincode} vs ${b.pincode}` },
    );
  }
  score = Math.round(score);
  const detail = `address lines ${textScore}% alike`;
  if (score >= 80) reasons.push({ code: ReasonCode.AddressMatched, detail });
  else if (score >= 50) reasons.push({ code: ReasonCode.AddressPartial, detail });
  else reasons.push({ code: ReasonCode.AddressDiffers, detail });
  return { score, reasons };
}
