import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';

const ENVELOPE_KEYS = new Set(['correlationId', 'payload']);

/**
 * The checks of `parseMessage(QueryEnvelope, …)` written out: on this benchmarked path class-transformer
 * and class-validator cost three times the pricing itself.
 */
export function queryPayloadOf(message: unknown): unknown {
  const { correlationId, payload } = (message ?? {}) as { correlationId?: unknown; payload?: unknown };
  const valid =
    typeof message === 'object' &&
    message !== null &&
    Object.keys(message).every((key) => ENVELOPE_KEYS.has(key)) &&
    typeof correlationId === 'string' &&
    correlationId.length <= 128 &&
    typeof payload === 'object' &&
    payload !== null &&
    !Array.isArray(payload);
  if (!valid) throw new AppException(ErrorCode.ValidationFailed, 'Invalid QueryEnvelope: correlationId, payload');
  return payload;
}
