// The apps of the suite and what each needs, as the local stack, the tests and the migrate script see them.
export const SERVICES = [
  // nodeFlags: also in deploy/k8s (the container's args). The old-space cap keeps the gateway's RSS flat under load: its
  // live heap is ~95 MiB, and without a cap V8 let the old generation grow towards several times that between
  // mark-compacts (RSS +16-35 % over three bench rounds); 256 MiB fits the pod's 512Mi limit with the rest of the process.
  {
    name: 'gateway',
    port: 3000,
    db: 'gateway',
    rpc: false,
    schema: ['gateway-schema.js', 'GATEWAY_MIGRATIONS'],
    nodeFlags: ['--max-old-space-size=256'],
  },
  { name: 'kyc-service', port: 3001, db: 'kyc', rpc: true, schema: ['kyc-schema.js', 'KYC_MIGRATIONS'] },
  { name: 'offer-service', port: 3002, db: 'offer', rpc: true, schema: ['offer-schema.js', 'OFFER_MIGRATIONS'] },
  {
    name: 'underwriting-service',
    port: 3003,
    db: 'underwriting',
    rpc: true,
    schema: ['underwriting-schema.js', 'UNDERWRITING_MIGRATIONS'],
  },
  { name: 'disbursal-service', port: 3004, db: 'disbursal', rpc: true, schema: ['disbursal-schema.js', 'DISBURSAL_MIGRATIONS'] },
  { name: 'sandbox', port: 3005, db: null, rpc: false, schema: null },
];

export const serviceByName = (name) => {
  const service = SERVICES.find((s) => s.name === name);
  if (!service) throw new Error(`Unknown service "${name}"; expected one of ${SERVICES.map((s) => s.name).join(', ')}`);
  return service;
};

export const mainOf = (root, service) => `${root}/dist/apps/${service.name}/src/main.js`;

/** Per-service database URL on a shared server: `<prefix>_<db>` (e.g. los_kyc, los_t1_kyc). */
export function databaseUrl(serverUrl, prefix, service) {
  const url = new URL(serverUrl);
  url.pathname = `/${prefix}_${service.db}`;
  return url.toString();
}

/** Local development credentials; `npm run stack` prints them. Never used outside this machine. */
export const DEV_SECRETS = {
  JWT_SECRET: 'local-development-only-jwt-secret-0123456789',
  ADMIN_EMAIL: 'admin@los.local',
  ADMIN_PASSWORD: 'ChangeMe-Admin-2026',
};

/** Development-only vault keys (AES-256-GCM key and HMAC key); production keys come from a secret store. */
export const DEV_VAULT_KEYS = {
  AADHAAR_VAULT_KEYS: 'dev1:ZGV2LW9ubHktYWFkaGFhci12YXVsdC1rZXktMzJieXQ=',
  AADHAAR_VAULT_ACTIVE_KEY: 'dev1',
  AADHAAR_HMAC_KEY: 'development-only-aadhaar-hmac-key-0123456789',
};

/** Development-only key of the bank account vault in disbursal-service (AES-256-GCM). */
export const DEV_BANK_ACCOUNT_KEYS = {
  BANK_ACCOUNT_VAULT_KEYS: 'dev1:ZGV2LW9ubHktYmFuay1hY2NvdW50LXZhdWx0LWtleTM=',
  BANK_ACCOUNT_VAULT_ACTIVE_KEY: 'dev1',
};

/** Development-only key of the gateway's partner webhook signing secrets (AES-256-GCM). */
export const DEV_WEBHOOK_SECRET_KEYS = {
  WEBHOOK_SECRET_KEYS: 'dev1:ZGV2ZWxvcG1lbnQtb25seS13ZWJob29rLWtleS0zMmI=',
  WEBHOOK_SECRET_ACTIVE_KEY: 'dev1',
};

/** Browser origins of the usual local front-end dev servers (Vite, Next/CRA, Angular), allowed CORS on this machine. */
export const DEV_CORS_ORIGINS = [
  'http://localhost:5173',
  'http://127.0.0.1:5173',
  'http://localhost:3000',
  'http://127.0.0.1:3000',
  'http://localhost:4200',
  'http://localhost:8080',
];

/** The environment one app gets on this machine, given where the infrastructure answers. */
export function serviceEnv(service, infra, { prefix = 'los', port = service.port, extra = {}, secrets = DEV_SECRETS } = {}) {
  const env = { NODE_ENV: 'development', LOG_LEVEL: 'info', HTTP_HOST: '127.0.0.1', HTTP_PORT: String(port) };
  if (service.db) {
    Object.assign(env, {
      REDIS_URL: infra.redisUrl,
      MYSQL_URL: databaseUrl(infra.mysqlUrl, prefix, service),
      MONGO_URL: databaseUrl(infra.mongoUrl, prefix, service),
    });
  }
  if (service.name === 'kyc-service') Object.assign(env, DEV_VAULT_KEYS);
  if (service.name === 'disbursal-service') Object.assign(env, DEV_BANK_ACCOUNT_KEYS);
  if (service.name === 'gateway') {
    Object.assign(env, {
      S3_ENDPOINT: infra.s3Endpoint,
      S3_BUCKET: infra.s3Bucket,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: infra.s3AccessKeyId,
      S3_SECRET_ACCESS_KEY: infra.s3SecretAccessKey,
      CORS_ORIGINS: DEV_CORS_ORIGINS.join(','),
      ...DEV_WEBHOOK_SECRET_KEYS,
      ...(infra.smtpHost ? { SMTP_HOST: infra.smtpHost, SMTP_PORT: String(infra.smtpPort) } : {}),
      ...secrets,
    });
  }
  return { ...env, ...extra };
}
