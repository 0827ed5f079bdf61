import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppException, type DisbursalConfig } from '@los/common';
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
    let response: Response;
    let body: Record<string, unknown> | null;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(request),
      });
      body = parseObject(await response.text());
    } catch (error) {
      const name = (error as Error).name;
      throw new PennyDropUnavailableError(name === 'TimeoutError' || name === 'AbortError' ? 'timed out' : 'not reachable');
    }
    return answerOf(response.status, body);
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

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = text ? JSON.parse(text) : null;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
