import { ErrorCode } from '@los/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { AppException } from '../errors/app.exception.js';

type MessageClass<T> = new () => T;

/**
 * Turns a transport or queue payload into its contract class and validates it; the Redis transport
 * and Bull jobs bypass the HTTP ValidationPipe, so every consumer calls this.
 */
export function parseMessage<T extends object>(messageClass: MessageClass<T>, raw: unknown): T {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AppException(ErrorCode.ValidationFailed, `${messageClass.name} must be an object`);
  }
  const instance = plainToInstance(messageClass, raw);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) {
    const fields = errors.map((error) => error.property).join(', ');
    throw new AppException(ErrorCode.ValidationFailed, `Invalid ${messageClass.name}: ${fields}`);
  }
  return instance;
}
