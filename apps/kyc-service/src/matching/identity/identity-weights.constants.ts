/** Share of each part in the identity score; address weight moves to the others when absent. */
export const IDENTITY_WEIGHTS = { name: 0.6, dob: 0.25, address: 0.15 } as const;

/** A name under review becomes acceptable when date of birth is exact and the address agrees this well. */
export const CORROBORATION = { minimumNameScore: 70, minimumAddressScore: 85 } as const;
