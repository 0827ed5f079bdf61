import { cleanEnv, type CleanedEnv, type ValidatorSpec } from 'envalid';
import { ServiceName } from '@los/contracts';
import { envSpecsFor, type EnvFeature, type EnvSpecsOf, type FeatureSpecs, type FeaturesOf } from './env-specs.js';

/** The variables of the features F, for library code: the durable module asks for `FeatureConfig<'durable' | 'redis' | 'mysql'>`. */
export type FeatureConfig<F extends EnvFeature> = CleanedEnv<FeatureSpecs<F>>;

/** One app's configuration: its own variables only (kyc-service's has no `JWT_SECRET`) and its name. */
export type ServiceConfig<S extends ServiceName> = S extends ServiceName
  ? CleanedEnv<EnvSpecsOf<FeaturesOf<S>>> & { readonly service: S }
  : never;

export type GatewayConfig = ServiceConfig<ServiceName.Gateway>;
export type KycConfig = ServiceConfig<ServiceName.Kyc>;
export type OfferConfig = ServiceConfig<ServiceName.Offer>;
export type UnderwritingConfig = ServiceConfig<ServiceName.Underwriting>;
export type DisbursalConfig = ServiceConfig<ServiceName.Disbursal>;
export type SandboxConfig = ServiceConfig<ServiceName.Sandbox>;

/** Any one app's configuration: only what every app has can be read without narrowing by `service`. */
export type AppConfig = ServiceConfig<ServiceName>;

export class ConfigValidationError extends Error {
  constructor(readonly variables: string[]) {
    super(`Invalid or missing environment variables: ${variables.join(', ')}`);
  }
}

/** Validates the environment once at boot; the message names variables, never their values. */
export function loadConfig<S extends ServiceName>(service: S, env: NodeJS.ProcessEnv = process.env): ServiceConfig<S> {
  const specs: Record<string, ValidatorSpec<unknown>> = envSpecsFor(service);
  const config = cleanEnv(env, specs, {
    reporter: ({ errors }) => {
      const names = Object.keys(errors);
      if (names.length > 0) throw new ConfigValidationError(names.sort());
    },
  });
  return { ...config, service } as unknown as ServiceConfig<S>;
}
