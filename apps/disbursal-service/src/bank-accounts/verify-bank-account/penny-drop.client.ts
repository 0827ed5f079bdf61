import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppException, postJson, ProviderUnreachableError, type DisbursalConfig } from '@los/common';
import { ErrorCode } from '@los/contracts';

export interface PennyDropRequest {
  requestId: string;
  ifsc: string;
  accountNumber: string;
}

export interface PennyDropAnswer {
  accountExists: boolean;
  registeredName: string | null;
  failureReason: string | null;
  bankReference: string | null;
}

/** The provider could not answer now (timeout, network, 5xx, 429): the durable path tries the command again. */
export class PennyDropUnavailableError extends Error {
  constructor(detail: string) {
    super(`The bank verification provider is unavailable: ${detail}`);
    this.name = 'PennyDropUnavailableError';
  }
}

/** The account-verification provider over HTTP (the sandbox's simulator locally), with one deadline per call. */
export abstract class PennyDropProvider {
  /** Rejects with PennyDropUnavailableError when a retry may help, with an AppException (4xx) when it cannot. */
  abstract verify(request: PennyDropRequest): Promise<PennyDropAnswer>;
}

@Injectable()
export class HttpPennyDropProvider extends PennyDropProvider {
  private readonly url: string;
  private readonly timeoutMs: number;

  constructor(@Inject(APP_CONFIG) config: DisbursalConfig) {
    super();
    this.url = `${config.SANDBOX_URL.replace(/\/+$/, '')}/v1/bank-verification/penny-drop`;
    this.timeoutMs = config.OUTBOUND_TIMEOUT_MS;
  }

  async verify(request: PennyDropRequest): Promise<PennyDropAnswer> {
    try {
      const reply = await postJson(this.url, request, this.timeoutMs);
      return answerOf(reply.status, objectOrNull(reply.body));
    } catch (error) {
      if (!(error instanceof ProviderUnreachableError)) throw error;
      throw new PennyDropUnavailableError(error.timedOut ? 'timed out' : 'not reachable');
    }
  }
}

/** Maps the provider's reply; exported for its spec. Never echoes the request (it holds the account number). */
export function answerOf(status: number, body: Record<string, unknown> | null): PennyDropAnswer {
  if (status === 404) return { accountExists: false, registeredName: null, failureReason: 'ACCOUNT_NOT_FOUND', bankReference: null };
  if (status === 429 || status >= 500) throw new PennyDropUnavailableError(`HTTP ${status}`);
  if (status !== 200 || !body || typeof body.accountExists !== 'boolean') {
    const code = typeof body?.code === 'string' ? body.code.slice(0, 40) : `HTTP_${status}`;
    throw new AppException(ErrorCode.ValidationFailed, `The bank verification provider refused the request: ${code}`);
  }
  const registeredName = typeof body.registeredName === 'string' && body.registeredName.trim() ? body.registeredName.trim() : null;
  if (body.accountExists && !registeredName) throw new PennyDropUnavailableError('no registered name in the answer');
  return {
    accountExists: body.accountExists,
    registeredName: body.accountExists ? registeredName : null,
    failureReason: body.accountExists
      ? null
      : typeof body.failureReason === 'string'
        ? body.failureReason.slice(0, 40)
        : 'ACCOUNT_NOT_FOUND',
    bankReference: typeof body.bankReference === 'string' ? body.bankReference.slice(0, 32) : null,
  };
}

function objectOrNull(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
