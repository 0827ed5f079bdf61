export type AddressInput = { line1?: string; line2?: string; city?: string; state?: string; pincode?: string } | string;
