import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type GatewayConfig } from '@los/common';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { useAgent } from 'request-filtering-agent';

export interface PostOutcome {
  statusCode: number | null;
  /** Why no status came back (refused address, timeout, connection error): safe to store. */
  error: string | null;
}

/**
 * POSTs a signed body to a partner. The agent resolves the host and refuses private, loopback and reserved addresses
 * (unless allowed), so a name that points inside the network is refused at connection time; redirects are not followed.
 */
@Injectable()
export class WebhookPoster {
  constructor(@Inject(APP_CONFIG) private readonly config: GatewayConfig) {}

  post(url: string, body: string, headers: Record<string, string>): Promise<PostOutcome> {
    const agent = useAgent(url, { allowPrivateIPAddress: this.config.WEBHOOK_ALLOW_PRIVATE_URLS });
    const send = url.startsWith('https:') ? httpsRequest : httpRequest;
    return new Promise((resolve) => {
      const req = send(
        url,
        {
          method: 'POST',
          agent,
          timeout: this.config.WEBHOOK_TIMEOUT_MS,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ statusCode: res.statusCode ?? null, error: null }));
          res.on('error', () => resolve({ statusCode: res.statusCode ?? null, error: 'response aborted' }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', (error: Error) => resolve({ statusCode: null, error: safeReason(error) }));
      req.end(body);
    });
  }
}

function safeReason(error: Error): string {
  if (/is not allowed/i.test(error.message)) return 'address refused (private or reserved)';
  const code = (error as { code?: string }).code;
  return code ?? error.message.slice(0, 100);
}
