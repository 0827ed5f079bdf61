import { ValidationPipe, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { validationException } from './validation-exception.factory.js';

const COMMON = { whitelist: true, transform: true, exceptionFactory: validationException } as const;

/**
 * Bodies and path parameters refuse unknown fields (a typo must not be silently dropped from a command); query
 * strings drop them, since caches, proxies and clients add their own (`?_=<time>` cache-busting, tracking tags).
 */
export class RequestValidationPipe implements PipeTransform {
  private readonly strict = new ValidationPipe({ ...COMMON, forbidNonWhitelisted: true });
  private readonly lenient = new ValidationPipe({ ...COMMON, forbidNonWhitelisted: false });

  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return (metadata.type === 'query' ? this.lenient : this.strict).transform(value, metadata);
  }
}
