import { HttpException, type Logger } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { ErrorCode, type ErrorBody } from '@los/contracts';
import { AppException } from './app.exception.js';
import { isDependencyFailure } from './dependency-failure.js';
import { isRpcErrorBody, rpcErrorBody } from './rpc-error.js';
import { isLockConflict } from '../persistence/driver-errors.js';
import { TRANSACTION_CONFLICT } from './error-body.mapper.js';

/** The coded error an RPC handler's failure becomes on the wire. */
export function toRpcErrorBody(exception: unknown, logger: Logger): ErrorBody {
  if (exception instanceof AppException) return rpcErrorBody(exception.code, exception.message);
  if (exception instanceof RpcException && isRpcErrorBody(exception.getError())) {
    return exception.getError() as ErrorBody;
  }
  if (exception instanceof HttpException && exception.getStatus() < 500) {
    return rpcErrorBody(ErrorCode.ValidationFailed, 'The message failed validation');
  }
  if (isDependencyFailure(exception)) {
    logger.warn({ code: ErrorCode.DependencyUnavailable, err: exception }, 'A database is unavailable');
    return rpcErrorBody(ErrorCode.DependencyUnavailable, 'A database this service depends on is unavailable; try again shortly');
  }
  if (isLockConflict(exception)) {
    logger.warn({ code: ErrorCode.TransactionConflict }, 'A transaction was rolled back by a lock conflict');
    return rpcErrorBody(ErrorCode.TransactionConflict, TRANSACTION_CONFLICT.message);
  }
  logger.error({ err: exception }, 'Unhandled error in RPC handler');
  return rpcErrorBody(ErrorCode.Internal, 'Internal error');
}
