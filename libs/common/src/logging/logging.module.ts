import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from '../config/load-config.js';
import { redactionPaths, scrubSensitiveText } from './sensitive-text.js';

/** JSON logs with key-based redaction plus value scrubbing; the request id follows each line. */
@Module({})
export class LoggingModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.LOG_LEVEL,
            base: { service: config.service },
            redact: { paths: redactionPaths(), censor: '[REDACTED]' },
            genReqId: (req) => (req as { id?: string }).id ?? 'unknown',
            customProps: (req) => ({ requestId: (req as { id?: string }).id }),
            serializers: {
              req: (req: { id: string; method: string; url: string }) => ({
                id: req.id, method: req.method, url: scrubSensitiveText(req.url),
              }),
            },
            hooks: {
              logMethod(args, method) {
                const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubSensitiveText(arg) : arg));
                return method.apply(this, scrubbed as Parameters<typeof method>);
              },
            },
            formatters: {
              log: (object) => {
                const err = object.err as { message?: string; stack?: string } | undefined;
                if (err?.message) err.message = scrubSensitiveText(err.message);
                if (err?.stack) err.stack = scrubSensitiveText(err.stack);
                return object;
              },
            },
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') || req.url === '/metrics' },
          },
        }),
      ],
    };
  }
}
