import type { Options } from 'pino-http';
import { errorSummary } from './error-summary.js';
import { redactionPaths, scrubSensitiveText } from './sensitive-text.js';

/** Key-based redaction plus value scrubbing of messages and errors; the request id rides on each line. */
export function pinoOptions(service: string, level: string): Options {
  return {
    level,
    base: { service },
    redact: { paths: redactionPaths(), censor: '[REDACTED]' },
    genReqId: (req) => (req as { id?: string }).id ?? 'unknown',
    customProps: (req) => ({ requestId: (req as { id?: string }).id }),
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: scrubSensitiveText(req.url) }),
      err: errorSummary,
      error: errorSummary,
    },
    hooks: {
      logMethod(args, method) {
        const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubSensitiveText(arg) : arg));
        return method.apply(this, scrubbed as Parameters<typeof method>);
      },
    },
    formatters: {
      log: (object) => {
        for (const key of ['err', 'error']) {
          const err = object[key] as { message?: string; stack?: string } | string | undefined;
          if (typeof err === 'string') object[key] = scrubSensitiveText(err);
          else if (err && typeof err === 'object') {
            if (err.message) err.message = scrubSensitiveText(err.message);
            if (err.stack) err.stack = scrubSensitiveText(err.stack);
          }
        }
        return object;
      },
    },
    autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') || req.url === '/metrics' },
  };
}
