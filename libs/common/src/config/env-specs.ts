import { bool, email, host, json, makeValidator, num, port, str, url } from 'envalid';
import { DEFAULT_HTTP_PORTS, ServiceName } from '@los/contracts';
import { dwellLimitOverrides } from './dwell-limits.js';

const longString = (min: number) =>
  makeValidator<string>((input) => {
    if (typeof input !== 'string' || input.length < min) throw new Error(`must be at least ${min} characters`);
    return input;
  });
const atLeast = (min: number) =>
  makeValidator<number>((input) => {
    const value = Number(input);
    if (!Number.isFinite(value) || value < min) throw new Error(`must be a number of at least ${min}`);
    return value;
  });

const base = {
  NODE_ENV: str({ choices: ['development', 'test', 'production'], default: 'development' }),
  LOG_LEVEL: str({ choices: ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], default: 'info' }),
  HTTP_HOST: host({ default: '127.0.0.1' }),
};

const redis = { REDIS_URL: url({ desc: 'Redis for the RPC transport and Bull queues' }) };
const mysql = { MYSQL_URL: url({ desc: "This service's own MySQL database" }) };
const mongo = { MONGO_URL: url({ desc: "This service's own MongoDB database" }) };

const durable = {
  SWEEP_INTERVAL_MS: num({ default: 5_000, desc: 'How often the sweeper looks for stuck commands' }),
  COMMAND_DEADLINE_MS: num({ default: 30_000, desc: 'How long a command may stay unfinished before it is re-driven' }),
  RPC_TIMEOUT_MS: num({ default: 5_000, desc: 'Timeout of one request/reply call to another service' }),
  COMMAND_EXECUTION_CONCURRENCY: atLeast(1)({
    default: 16,
    desc: 'Received commands one replica executes at once (mostly waiting on partners and databases)',
  }),
};

const s3 = {
  S3_ENDPOINT: str({ default: '', desc: 'Empty for AWS; the MinIO or s3rver URL otherwise' }),
  S3_REGION: str({ default: 'ap-south-1' }),
  S3_BUCKET: str({ desc: 'Bucket holding application documents' }),
  S3_ACCESS_KEY_ID: str({ desc: 'S3 access key id' }),
  S3_SECRET_ACCESS_KEY: str({ desc: 'S3 secret key' }),
  S3_FORCE_PATH_STYLE: bool({ default: false }),
};

const auth = {
  JWT_SECRET: longString(32)({ desc: 'HMAC key for access tokens: at least 32 characters' }),
  JWT_ISSUER: str({ default: 'los-gateway' }),
  JWT_AUDIENCE: str({ default: 'los-api' }),
  ACCESS_TOKEN_TTL_S: num({ default: 900, desc: 'Access token lifetime' }),
  REFRESH_TOKEN_TTL_S: num({ default: 30 * 24 * 3600, desc: 'Refresh token lifetime' }),
  ADMIN_EMAIL: email({ default: 'admin@los.local', desc: 'First admin, created at first start' }),
  ADMIN_PASSWORD: longString(10)({ desc: 'Password of the first admin: at least 10 characters' }),
  THROTTLE_AUTH_LIMIT: num({ default: 30, desc: 'Login and register attempts per client address per window' }),
  THROTTLE_AUTH_TTL_MS: num({ default: 60_000, desc: 'Rate-limit window for login and register' }),
  LOGIN_LOCK_THRESHOLD: atLeast(1)({ default: 10, desc: 'Failed logins of one account within the window that lock it' }),
  LOGIN_FAILURE_WINDOW_S: atLeast(1)({ default: 900, desc: "Window in which an account's failed logins are counted" }),
  LOGIN_LOCK_S: atLeast(1)({ default: 900, desc: 'How long a locked account refuses logins, the right password included' }),
  THROTTLE_PREVIEW_LIMIT: num({ default: 600, desc: 'EMI previews per client per window' }),
  THROTTLE_PREVIEW_TTL_MS: num({ default: 60_000, desc: 'Rate-limit window for EMI previews' }),
  THROTTLE_WEBHOOK_LIMIT: num({ default: 6_000, desc: 'Lender webhooks per client per window' }),
  THROTTLE_WEBHOOK_TTL_MS: num({ default: 60_000, desc: 'Rate-limit window for lender webhooks' }),
  TRUST_PROXY: bool({ default: false, desc: 'Trust X-Forwarded-For from one proxy hop (nginx)' }),
  KYC_ATTEMPTS_PER_APPLICATION_DAY: atLeast(1)({ default: 3, desc: 'KYC submissions per application in 24 hours' }),
  KYC_ATTEMPTS_PER_PAN_DAY: atLeast(1)({ default: 5, desc: 'KYC submissions per PAN (all applications) in 24 hours' }),
  AADHAAR_OTP_PER_APPLICATION_DAY: atLeast(1)({ default: 5, desc: 'Aadhaar OTP requests per application in 24 hours' }),
  AADHAAR_OTP_PER_PAN_DAY: atLeast(1)({ default: 10, desc: 'Aadhaar OTP requests per PAN (all applications) in 24 hours' }),
  IDEMPOTENCY_TTL_HOURS: atLeast(24)({ default: 24, desc: 'How long Idempotency-Key answers are kept (at least 24)' }),
  IDEMPOTENCY_TEST_FAULT: str({
    choices: ['', 'crash-before-commit', 'crash-after-commit'],
    default: '',
    desc: 'Tests only (NODE_ENV=test): SIGKILL the process around the commit of a keyed POST',
  }),
};

const origins = makeValidator<string[]>((input) => {
  const list = String(input ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of list) {
    const url = URL.parse(origin);
    if (!url || !['http:', 'https:'].includes(url.protocol) || url.origin !== origin) {
      throw new Error(`"${origin}" is not an origin such as https://app.example.in (scheme, host, optional port; no path)`);
    }
  }
  return list;
});

const cors = {
  CORS_ORIGINS: origins({ default: [], desc: 'Comma-separated browser origins allowed to call the API; empty allows none' }),
  CORS_CREDENTIALS: bool({ default: false, desc: 'Let browsers send cookies and HTTP auth cross-origin (the API needs neither)' }),
  CORS_MAX_AGE_S: atLeast(0)({ default: 600, desc: 'How long a browser may cache a preflight answer' }),
};

const sandboxClient = {
  SANDBOX_URL: url({ default: 'http://127.0.0.1:3005', desc: 'Base URL of the partner and identity-source simulators' }),
  OUTBOUND_TIMEOUT_MS: num({ default: 3_000, desc: 'Timeout of one call to an outside provider' }),
};

const decisionPoll = {
  DECISION_POLL_AFTER_MS: atLeast(1)({
    default: 10 * 60_000,
    desc: 'How long a lender submission may go without a decision before the lender is asked for it (webhooks get lost)',
  }),
  DECISION_POLL_INTERVAL_MS: atLeast(100)({
    default: 60_000,
    desc: 'How often the decision reconciler looks, and the least time between two polls of one submission',
  }),
};

const vault = {
  AADHAAR_VAULT_KEYS: str({ desc: 'Comma-separated keyId:base64 pairs of 32-byte AES-256-GCM keys' }),
  AADHAAR_VAULT_ACTIVE_KEY: str({ desc: 'Key id that encrypts new Aadhaar numbers' }),
  AADHAAR_HMAC_KEY: longString(32)({ desc: 'HMAC key that finds duplicate Aadhaar numbers without decrypting' }),
  KYC_THRESHOLDS: json({
    default: { default: { match: 80, review: 55 } },
    desc: 'MATCH/REVIEW thresholds, by NBFC partner code or "default"',
  }),
  KYC_REDRIVE_AFTER_MS: num({ default: 60_000, desc: 'When a KYC left in review by a source outage is tried again' }),
};

const bankAccounts = {
  BANK_ACCOUNT_VAULT_KEYS: str({ desc: 'Comma-separated keyId:base64 pairs of 32-byte AES-256-GCM keys for bank account numbers' }),
  BANK_ACCOUNT_VAULT_ACTIVE_KEY: str({ desc: 'Key id that encrypts new bank account numbers' }),
};

const ops = {
  DWELL_LIMITS_MS: dwellLimitOverrides({
    default: { statuses: {}, partners: {} },
    desc: 'Maximum time in a status before an application counts as stuck: {"statuses":{STATUS:ms},"partners":{CODE:{LENDER_STEP:ms}}}',
  }),
  KYC_REVIEW_CLAIM_MS: atLeast(1_000)({ default: 15 * 60_000, desc: "How long a reviewer's claim on a KYC review lasts" }),
};

const underwriting = {
  BUREAU_TIMEOUT_MS: atLeast(100)({
    default: 3_000,
    desc: 'Timeout of one bureau report pull; past it the decision is referred (BUREAU_UNAVAILABLE)',
  }),
  UNDERWRITING_EVALUATION_TIMEOUT_MS: atLeast(100)({
    default: 10_000,
    desc: 'Longest one decision-table evaluation may take; past it the decision is referred (TIMEOUT)',
  }),
  UNDERWRITING_INPUT_TIMEOUT_MS: atLeast(100)({
    default: 30_000,
    desc: "How long an evaluation waits for the accepted offer's KFS and the KYC status; past it the attempt is retried",
  }),
};

const decimalRupees = makeValidator<string>((input) => {
  if (typeof input !== 'string' || !/^\d{1,12}(\.\d{1,2})?$/.test(input)) throw new Error('must be rupees as a decimal such as 500000.00');
  return input;
});

const underwritingDesk = {
  UNDERWRITING_REVIEW_SLA_MS: atLeast(60_000)({
    default: 2 * 60 * 60_000,
    desc: 'Deadline of an underwriter review, counted from the creation of the application',
  }),
  UNDERWRITING_REVIEW_CLAIM_MS: atLeast(1_000)({ default: 15 * 60_000, desc: "How long an underwriter's claim on a review lasts" }),
  UNDERWRITING_CHECKER_ABOVE: decimalRupees({
    default: '500000.00',
    desc: 'Approvals of an amount above this (rupees) need a second underwriter (maker-checker)',
  }),
  UNDERWRITING_SLA_MARGIN_MS: atLeast(0)({
    default: 30 * 60_000,
    desc: 'A review this close to its deadline (or past it) is escalated once as at risk',
  }),
  UNDERWRITING_SLA_SCAN_MS: atLeast(100)({ default: 60_000, desc: 'How often the gateway looks for reviews near their deadline' }),
};

const disbursal = {
  DISBURSAL_RETRY_ATTEMPTS: atLeast(1)({
    default: 5,
    desc: 'Calls to the lender for one disbursal before a retryable failure becomes final',
  }),
  DISBURSAL_RETRY_BASE_MS: atLeast(1)({ default: 5_000, desc: 'Wait before the second call; doubles with every further call' }),
  DISBURSAL_RETRY_MAX_MS: atLeast(1)({ default: 300_000, desc: 'Longest wait between two calls for one disbursal' }),
  DISBURSAL_POLL_INTERVAL_MS: atLeast(100)({
    default: 30_000,
    desc: 'How often disbursals of polling-only lenders (no webhooks) are asked about',
  }),
  DISBURSAL_RECONCILE_INTERVAL_MS: atLeast(100)({
    default: 600_000,
    desc: 'How often the reconciler compares open disbursals with their lender',
  }),
  DISBURSAL_RECONCILE_AFTER_MS: atLeast(0)({
    default: 300_000,
    desc: 'Age of a disbursal before the reconciler asks its lender (webhooks come first)',
  }),
};

const events = {
  APPLICATION_EVENTS_POLL_MS: atLeast(50)({ default: 500, desc: 'How often an open event stream looks for new application events' }),
  APPLICATION_EVENTS_HEARTBEAT_MS: atLeast(1_000)({ default: 15_000, desc: 'How often an idle event stream sends a heartbeat comment' }),
};

const notify = {
  NOTIFY_SWEEP_INTERVAL_MS: atLeast(50)({ default: 1_000, desc: 'How often due borrower notifications are sent' }),
  NOTIFY_MAX_ATTEMPTS: atLeast(1)({ default: 6, desc: 'Attempts of one email or SMS before it is FAILED' }),
  NOTIFY_RETRY_BASE_MS: atLeast(10)({ default: 5_000, desc: 'First retry delay; doubles with each attempt (jittered, at most 10 min)' }),
  NOTIFY_SEND_TIMEOUT_MS: atLeast(100)({ default: 10_000, desc: 'Timeout of one SMTP or SMS gateway call' }),
  SMTP_HOST: host({ default: '127.0.0.1', desc: 'SMTP server of borrower emails (maildev locally)' }),
  SMTP_PORT: port({ default: 1025 }),
  SMTP_SECURE: bool({ default: false, desc: 'TLS from the start (port 465); otherwise STARTTLS when offered' }),
  SMTP_USER: str({ default: '', desc: 'SMTP user; empty sends without authentication' }),
  SMTP_PASSWORD: str({ default: '' }),
  SMTP_FROM: str({ default: 'LOS <no-reply@los.local>', desc: 'From address of borrower emails' }),
  SMS_API_URL: url({ default: 'http://127.0.0.1:3005/sandbox/sms', desc: 'SMS gateway base URL (POST {url}/messages)' }),
  SMS_DLT_ENTITY_ID: str({ default: '1101000000000000001', desc: 'DLT principal entity id (19 digits) sent with every SMS' }),
  SMS_SENDER_ID: str({ default: 'LOSFIN', desc: 'DLT six-letter sender id (header)' }),
};

const webhooks = {
  WEBHOOK_SECRET_KEYS: str({ desc: 'Comma-separated keyId:base64 pairs of 32-byte AES-256-GCM keys for partner webhook signing secrets' }),
  WEBHOOK_SECRET_ACTIVE_KEY: str({ desc: 'Key id that encrypts new partner webhook signing secrets' }),
  WEBHOOK_SWEEP_INTERVAL_MS: atLeast(50)({ default: 1_000, desc: 'How often due partner webhooks are posted' }),
  WEBHOOK_MAX_ATTEMPTS: atLeast(1)({ default: 10, desc: 'Attempts of one webhook delivery before it is FAILED' }),
  WEBHOOK_RETRY_BASE_MS: atLeast(10)({ default: 10_000, desc: 'First retry delay; doubles with each attempt (jittered, at most 10 min)' }),
  WEBHOOK_TIMEOUT_MS: atLeast(100)({ default: 5_000, desc: "Timeout of one POST to a partner's endpoint" }),
  WEBHOOK_ALLOW_HTTP: bool({ default: false, desc: 'Accept http:// subscription URLs (local development and tests only)' }),
  WEBHOOK_ALLOW_PRIVATE_URLS: bool({
    default: false,
    desc: 'Post to private, loopback and reserved addresses (local development and tests only: an SSRF risk)',
  }),
};

export const ENV_FEATURES = {
  base,
  redis,
  mysql,
  mongo,
  durable,
  s3,
  auth,
  cors,
  sandboxClient,
  decisionPoll,
  vault,
  bankAccounts,
  ops,
  underwriting,
  underwritingDesk,
  disbursal,
  events,
  notify,
  webhooks,
} as const;
export type EnvFeature = keyof typeof ENV_FEATURES;

/** Which groups of variables each app reads; an app's config type holds only these groups' variables. */
export const SERVICE_ENV_FEATURES = {
  [ServiceName.Gateway]: [
    'base',
    'redis',
    'mysql',
    'mongo',
    'durable',
    's3',
    'auth',
    'cors',
    'ops',
    'underwritingDesk',
    'events',
    'notify',
    'webhooks',
  ],
  [ServiceName.Kyc]: ['base', 'redis', 'mysql', 'mongo', 'durable', 'sandboxClient', 'vault'],
  [ServiceName.Offer]: ['base', 'redis', 'mysql', 'mongo', 'durable', 'sandboxClient'],
  [ServiceName.Underwriting]: ['base', 'redis', 'mysql', 'mongo', 'durable', 'sandboxClient', 'underwriting'],
  [ServiceName.Disbursal]: ['base', 'redis', 'mysql', 'mongo', 'durable', 'sandboxClient', 'bankAccounts', 'disbursal', 'decisionPoll'],
  [ServiceName.Sandbox]: ['base'],
} as const satisfies Record<ServiceName, readonly EnvFeature[]>;

export type FeaturesOf<S extends ServiceName> = (typeof SERVICE_ENV_FEATURES)[S][number];

const httpPort = (service: ServiceName) => ({ HTTP_PORT: port({ default: DEFAULT_HTTP_PORTS[service] }) });

/** The validators of the features F: a mapped type over their variable names, so no other variable is in it. */
export type FeatureSpecs<F extends EnvFeature> = { [V in VariableOf<F>]: VariableSpec<F, V> };
export type EnvSpecsOf<F extends EnvFeature> = FeatureSpecs<F> & ReturnType<typeof httpPort>;
type VariableOf<F extends EnvFeature> = F extends EnvFeature ? keyof (typeof ENV_FEATURES)[F] : never;
type VariableSpec<F extends EnvFeature, V> = F extends EnvFeature
  ? V extends keyof (typeof ENV_FEATURES)[F]
    ? (typeof ENV_FEATURES)[F][V]
    : never
  : never;

export function envSpecsFor<S extends ServiceName>(service: S): EnvSpecsOf<FeaturesOf<S>> {
  const specs: Record<string, unknown> = httpPort(service);
  for (const feature of SERVICE_ENV_FEATURES[service]) Object.assign(specs, ENV_FEATURES[feature]);
  return specs as EnvSpecsOf<FeaturesOf<S>>;
}

export interface EnvVarInfo {
  name: string;
  required: boolean;
}

/** The variables an app reads, for docs and the deployment-consistency test. */
export function envVarsOf(service: ServiceName): EnvVarInfo[] {
  return Object.entries(envSpecsFor(service)).map(([name, spec]) => ({
    name,
    required: !('default' in (spec as object)) && !('devDefault' in (spec as object)),
  }));
}
