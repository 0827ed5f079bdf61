import { IdentitySource } from '../identity-source.js';

/** Simulated sources outside identity that share the fault switches and request counts. */
export enum BankVerificationSource {
  /** The penny-drop account verification (apps/sandbox/src/bank-verification). */
  BankAccount = 'bank-account',
}

export type FaultSource = IdentitySource | BankVerificationSource;

/** Every faultable source by value, for route parameters. */
export const FaultSourceValues = { ...IdentitySource, ...BankVerificationSource } as const;

export const FAULT_SOURCES: readonly FaultSource[] = Object.values(FaultSourceValues);
