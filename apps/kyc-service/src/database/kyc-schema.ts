import { CreateDurableTables1764000000000 } from '@los/common';

export const KYC_ENTITIES = [];
export const KYC_MIGRATIONS = [CreateDurableTables1764000000000];
