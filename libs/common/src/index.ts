export * from './config/env-specs.js';
export * from './config/load-config.js';
