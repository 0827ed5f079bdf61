import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { LenderHttpError } from './lender-http.error.js';

/** Lender routes answer in the partner's error shape, not ours; the global filter handles everything else. */
@Catch(LenderHttpError)
export class LenderErrorFilter implements ExceptionFilter {
  catch(error: LenderHttpError, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (reply.raw.destroyed || reply.sent) return;
    void reply.status(error.status).headers(error.headers).send(error.body);
  }
}
