export * from './service-name.js';
