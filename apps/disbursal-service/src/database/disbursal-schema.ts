import { CreateDurableTables1764000000000 } from '@los/common';

export const DISBURSAL_ENTITIES = [];
export const DISBURSAL_MIGRATIONS = [CreateDurableTables1764000000000];
