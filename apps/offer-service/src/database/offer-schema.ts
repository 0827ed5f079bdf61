import { CreateDurableTables1764000000000 } from '@los/common';

export const OFFER_ENTITIES = [];
export const OFFER_MIGRATIONS = [CreateDurableTables1764000000000];
