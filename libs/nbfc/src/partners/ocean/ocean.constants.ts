export const OCEAN = 'OCEAN';
export const OCEAN_SIGNATURE_HEADER = 'x-jws-signature';
/** A callback older (or further in the future) than this is refused as a replay. */
export const OCEAN_CALLBACK_MAX_SKEW_MS = 5 * 60_000;
