/** Every deployable app of the suite; also the name used for its databases, queues and logs. */
export enum ServiceName {
  Gateway = 'gateway',
  Kyc = 'kyc-service',
  Offer = 'offer-service',
  Underwriting = 'underwriting-service',
  Disbursal = 'disbursal-service',
  Sandbox = 'sandbox',
}

export const ALL_SERVICES: readonly ServiceName[] = Object.values(ServiceName);

/** Default HTTP port of each app on a developer machine. */
export const DEFAULT_HTTP_PORTS: Record<ServiceName, number> = {
  [ServiceName.Gateway]: 3000,
  [ServiceName.Kyc]: 3001,
  [ServiceName.Offer]: 3002,
  [ServiceName.Underwriting]: 3003,
  [ServiceName.Disbursal]: 3004,
  [ServiceName.Sandbox]: 3005,
};
