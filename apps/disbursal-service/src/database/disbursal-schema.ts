import { CreateDurableTables1764000000000 } from '@los/common';
import { BankAccountEntity } from '../bank-accounts/bank-account.entity.js';
import { CreateBankAccounts1764000003000 } from './migrations/1764000003000-create-bank-accounts.js';

export const DISBURSAL_ENTITIES = [BankAccountEntity];
export const DISBURSAL_MIGRATIONS = [CreateDurableTables1764000000000, CreateBankAccounts1764000003000];
