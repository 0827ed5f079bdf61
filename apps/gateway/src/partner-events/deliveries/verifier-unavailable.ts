import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';

/** disbursal-service could not be asked (no responder, timeout) or said it cannot answer now: the webhook is kept, not refused. */
export function isVerifierUnavailable(error: unknown): boolean {
  if (!(error instanceof AppException)) return false;
  return error.code === ErrorCode.UpstreamUnavailable || error.code === ErrorCode.UpstreamTimeout || error.statusCode === 503;
}
