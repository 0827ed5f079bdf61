/** The one product the lenders underwrite today; `UnderwritingInput.product` carries it. */
export const PERSONAL_LOAN_PRODUCT = 'personal-loan';

/** A decision table per product and lender: `personal-loan:AURUM_PRIME`. */
export function decisionTableIdOf(product: string, lender: string): string {
  return `${product}:${lender}`;
}

/** `product:LENDER_CODE`, both parts kebab or upper snake case. */
export const DECISION_TABLE_ID = /^[a-z][a-z0-9-]{1,40}:[A-Z][A-Z0-9_]{1,40}$/;
