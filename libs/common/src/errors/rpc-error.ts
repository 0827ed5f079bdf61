import { ErrorCode, HTTP_STATUS_OF, type ErrorBody } from '@los/contracts';

/** Shape of the error object an RpcException carries across the transport. */
export function isRpcErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<ErrorBody>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string' && typeof candidate.statusCode === 'number';
}

export function rpcErrorBody(code: ErrorCode, message: string): ErrorBody {
  return { statusCode: HTTP_STATUS_OF[code], code, message };
}
