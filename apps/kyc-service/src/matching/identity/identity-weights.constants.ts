/** Share of each part in the identity score; address weight moves to the others when absent. */
export const IDENTITY_WEIGHTS = { name: 0.6, dob: 0.25, address: 0.15 } as const;

import { ReasonCode } from '../reason-code.constants.js';

/** A name under review becomes acceptable when date of birth is exact and the address agrees this well. */
export const CORROBORATION = { minimumNameScore: 70, minimumAddressScore: 85 } as const;

/** Below this an address present in both records contradicts them (ADDRESS_DIFFERS). */
export const ADDRESS_CONTRADICTS_BELOW = 50;

/**
 * Name findings that point to another member of the household. Relatives share an address and
 * twins share a date of birth, so these stay at review however well the rest agrees.
 */
export const UNCORROBORABLE_NAME_REASONS: ReadonlySet<string> = new Set([
  ReasonCode.MiddleNameDiffers,
  ReasonCode.SurnameDiffers,
  ReasonCode.InitialConflict,
  ReasonCode.GivenNameDiffers,
  ReasonCode.GivenNameShifted,
  ReasonCode.GenderMarkerConflict,
  ReasonCode.GenerationDiffers,
  ReasonCode.RelationDiffers,
]);
