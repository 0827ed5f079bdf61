import { credential, type NbfcAdapterFactory } from '../../registry/partner-config.js';
import { LendwiseAdapter } from './lendwise.adapter.js';

/** Credentials `apiKey` and `webhookSecret`. */
export const lendwiseAdapterFactory: NbfcAdapterFactory = (row, deps) =>
  new LendwiseAdapter({
    code: row.code,
    baseUrl: row.baseUrl,
    ...deps,
    credentials: { apiKey: credential(row, 'apiKey'), webhookSecret: credential(row, 'webhookSecret') },
  });
