import { HttpException } from '@nestjs/common';

/**
 * An error as a provider would answer it. The global filter keeps `code` from the response, so
 * provider codes such as INVALID_OTP reach the client without joining the platform's ErrorCode enum.
 */
export class IdentitySourceException extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    message: string,
  ) {
    super({ code, message }, status);
  }

  static notFound(message = 'No record found'): IdentitySourceException {
    return new IdentitySourceException(404, 'NOT_FOUND', message);
  }

  static invalidOtp(): IdentitySourceException {
    return new IdentitySourceException(401, 'INVALID_OTP', 'The OTP is not valid for this transaction');
  }

  static upstreamError(): IdentitySourceException {
    return new IdentitySourceException(503, 'UPSTREAM_ERROR', 'The source is unavailable');
  }

  static rateLimited(): IdentitySourceException {
    return new IdentitySourceException(429, 'TOO_MANY_REQUESTS', 'Too many requests to the source');
  }

  static timedOut(): IdentitySourceException {
    return new IdentitySourceException(504, 'UPSTREAM_TIMEOUT', 'The source did not answer in time');
  }
}
