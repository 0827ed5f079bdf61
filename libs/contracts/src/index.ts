import 'reflect-metadata';
export * from './service-name.js';
export * from './errors/error-code.js';
export * from './messaging/message-patterns.js';
export * from './messaging/queue-names.js';
export * from './messaging/command-envelope.js';
export * from './messaging/query-envelope.js';
export * from './probes/probe.dto.js';
