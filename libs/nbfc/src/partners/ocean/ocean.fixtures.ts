import { generateKeyPairSync } from 'node:crypto';
import type { CanonicalApplicant, LoanAsk } from '../../contract/canonical.js';

export function rsaKeyPair(): { publicKeyPem: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

export const oceanApplicant: CanonicalApplicant = {
  applicationId: 'app-7',
  fullName: 'Vikram Nair',
  dob: '1987-11-03',
  pan: 'AAAPN4321Q',
  mobile: '9123456780',
  email: 'vikram@example.in',
  employmentType: 'SELF_EMPLOYED',
  monthlyIncome: '120000',
  existingEmiMonthly: '15000.50',
  pincode: '682001',
  city: 'Kochi',
  state: 'Kerala',
};

export const oceanAsk: LoanAsk = { amount: '300000.00', tenureMonths: 36, purpose: 'BUSINESS' };
