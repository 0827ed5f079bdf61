import { SetMetadata } from '@nestjs/common';

export const NO_IDEMPOTENCY = 'los:no-idempotency';

/**
 * The route ignores `Idempotency-Key` and nothing of it reaches the idempotency store: for answers that hold
 * secrets or credentials (tokens, pre-signed forms), which must never be stored or replayed.
 */
export const NoIdempotency = () => SetMetadata(NO_IDEMPOTENCY, true);
