import { credential, type NbfcAdapterFactory } from '../../registry/partner-config.js';
import { KuberAdapter } from './kuber.adapter.js';

export const KUBER_ADAPTER_TYPE = 'kuber';

/** For the registry's adapterType → factory map: credentials `apiKey` and `partnerId`. */
export const kuberAdapterFactory: NbfcAdapterFactory = (row, deps) =>
  new KuberAdapter({
    code: row.code,
    baseUrl: row.baseUrl,
    apiKey: credential(row, 'apiKey'),
    partnerId: credential(row, 'partnerId'),
    ...(deps.fetchFn ? { fetch: deps.fetchFn } : {}),
    ...(deps.now ? { now: () => new Date(deps.now!()) } : {}),
  });
