export * from './ocean.adapter.js';
export * from './ocean.constants.js';
export * from './detached-jws.js';
export * from './ocean.factory.js';
