import { credential, type NbfcAdapterFactory } from '../../registry/partner-config.js';
import { NorthstarAdapter } from './northstar.adapter.js';

/** Credentials `clientId`, `clientSecret` (OAuth2 client credentials) and `webhookSecret`. */
export const northstarAdapterFactory: NbfcAdapterFactory = (row, deps) =>
  new NorthstarAdapter({
    code: row.code,
    baseUrl: row.baseUrl,
    ...deps,
    credentials: {
      clientId: credential(row, 'clientId'),
      clientSecret: credential(row, 'clientSecret'),
      webhookSecret: credential(row, 'webhookSecret'),
    },
  });
