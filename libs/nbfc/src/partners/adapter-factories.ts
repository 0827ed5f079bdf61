import type { NbfcAdapterFactory } from '../registry/partner-config.js';
import { KUBER_ADAPTER_TYPE, kuberAdapterFactory } from './kuber/kuber.factory.js';
import { LENDWISE_ADAPTER_TYPE } from './lendwise/lendwise.constants.js';
import { lendwiseAdapterFactory } from './lendwise/lendwise.factory.js';
import { NORTHSTAR_ADAPTER_TYPE } from './northstar/northstar.constants.js';
import { northstarAdapterFactory } from './northstar/northstar.factory.js';
import { OCEAN_ADAPTER_TYPE, oceanAdapterFactory } from './ocean/ocean.factory.js';

/** adapterType → factory: the one line a new partner adds besides its folder, its lender and its config row. */
export const ADAPTER_FACTORIES: Readonly<Record<string, NbfcAdapterFactory>> = {
  [LENDWISE_ADAPTER_TYPE]: lendwiseAdapterFactory,
  [NORTHSTAR_ADAPTER_TYPE]: northstarAdapterFactory,
  [KUBER_ADAPTER_TYPE]: kuberAdapterFactory,
  [OCEAN_ADAPTER_TYPE]: oceanAdapterFactory,
};
