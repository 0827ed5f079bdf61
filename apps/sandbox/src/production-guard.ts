import type { AppConfig } from '@los/common';

/**
 * The sandbox simulates UIDAI, the bureau and lenders with one fixed OTP and admin routes that need no
 * login (faults, identities, stats): anyone reaching it could register identities. It stops at boot when
 * configured for production, so it cannot be deployed there by mistake.
 */
export function assertNotProduction(config: Pick<AppConfig, 'NODE_ENV'>): void {
  if (config.NODE_ENV === 'production') {
    throw new Error('The sandbox refuses to start with NODE_ENV=production: its simulator and admin routes are unauthenticated');
  }
}
