/** The NBFC partner adapter contract; partners arrive with the NBFC integration issue. */
export const NBFC_ADAPTERS = Symbol('NBFC_ADAPTERS');
