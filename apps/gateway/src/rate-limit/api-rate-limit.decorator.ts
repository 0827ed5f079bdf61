import { ApiExtension } from '@nestjs/swagger';

export const RATE_LIMIT_EXTENSION = 'x-los-rate-limit';

/** Documents that the named limit (`default`, `preview`, `webhook`) counts this route: its RateLimit and RateLimit-Policy headers. */
export const ApiRateLimit = (throttler: 'default' | 'preview' | 'webhook') => ApiExtension(RATE_LIMIT_EXTENSION, throttler);
