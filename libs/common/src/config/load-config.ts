import { cleanEnv } from 'envalid';
import type { ServiceName } from '@los/contracts';
import { envSpecsFor } from './env-specs.js';

export type AppConfig = ReturnType<typeof loadConfig>;

export class ConfigValidationError extends Error {
  constructor(readonly variables: string[]) {
    super(`Invalid or missing environment variables: ${variables.join(', ')}`);
  }
}

/** Validates the environment once at boot; the message names variables, never their values. */
export function loadConfig(service: ServiceName, env: NodeJS.ProcessEnv = process.env) {
  const specs = envSpecsFor(service);
  const config = cleanEnv(env, specs, {
    reporter: ({ errors }) => {
      const names = Object.keys(errors);
      if (names.length > 0) throw new ConfigValidationError(names.sort());
    },
  });
  return { ...config, service };
}
