export * from './contract/canonical.js';
export * from './contract/nbfc-adapter.js';
export * from './contract/partner-error.js';
