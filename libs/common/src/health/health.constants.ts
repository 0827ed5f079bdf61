export const HEALTH_CHECKS = Symbol('HEALTH_CHECKS');
export type Dependency = 'mysql' | 'mongo' | 'redis';
export const HEALTH_TIMEOUT_MS = 1_500;
