/** The simulated identity sources: NSDL-style PAN, UIDAI-style Aadhaar eKYC and the CERSAI CKYC registry. */
export enum IdentitySource {
  Pan = 'pan',
  Aadhaar = 'aadhaar',
  Ckyc = 'ckyc',
}

export const IDENTITY_SOURCES: readonly IdentitySource[] = Object.values(IdentitySource);
