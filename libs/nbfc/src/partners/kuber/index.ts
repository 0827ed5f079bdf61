export * from './kuber.adapter.js';
export * from './kuber.constants.js';
export * from './kuber.factory.js';
