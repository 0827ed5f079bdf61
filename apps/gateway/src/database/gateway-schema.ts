import { CreateDurableTables1764000000000 } from '@los/common';
import { ProbeEntity } from '../probes/probe.entity.js';
import { CreateProbes1764000000100 } from './migrations/1764000000100-create-probes.js';

/** Everything the gateway's MySQL database holds, for the app and for `npm run migrate`. */
export const GATEWAY_ENTITIES = [ProbeEntity];
export const GATEWAY_MIGRATIONS = [CreateDurableTables1764000000000, CreateProbes1764000000100];
