import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const NO_IDEMPOTENCY = 'los:no-idempotency';
/** Tells the OpenAPI builder not to document the stored-answer Idempotency-Key behaviour on the route. */
export const NO_IDEMPOTENCY_EXTENSION = 'x-los-no-idempotency';

/**
 * The route ignores `Idempotency-Key` and nothing of it reaches the idempotency store: for answers that hold
 * secrets or credentials (tokens, pre-signed forms), which must never be stored or replayed.
 */
export const NoIdempotency = () => applyDecorators(SetMetadata(NO_IDEMPOTENCY, true), ApiExtension(NO_IDEMPOTENCY_EXTENSION, true));
