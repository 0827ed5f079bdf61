import { CreateDurableTables1764000000000 } from '@los/common';

export const UNDERWRITING_ENTITIES = [];
export const UNDERWRITING_MIGRATIONS = [CreateDurableTables1764000000000];
