import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import {
  DocumentBuilder,
  SwaggerModule,
  type HeaderObject,
  type OpenAPIObject,
  type OperationObject,
  type ParameterObject,
  type ReferenceObject,
  type ResponseObject,
  type SchemaObject,
} from '@nestjs/swagger';
import { PUBLIC_EXTENSION } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { EXAMPLE_REQUEST_ID } from '../common/api-errors.decorator.js';
import { RATE_LIMIT_EXTENSION } from '../rate-limit/api-rate-limit.decorator.js';
import { addFormats } from './schema-formats.js';

const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: 'Register, sign in, refresh and sign out',
  users: 'Staff accounts (admin)',
  applications: "A borrower's loan applications, from lead to disbursal",
  documents: 'Application documents, uploaded straight to storage with a pre-signed form',
  kyc: 'Aadhaar OTP, KYC verification and the matching tools',
  offers: "Lenders' offers, acceptance and the Key Fact Statement",
  'admin: partners': "NBFC partners' versioned eligibility and pricing rules, and their SLA",
  partners: "Lenders' signed webhooks and callbacks",
  emi: 'The public EMI calculator',
  system: 'Probes that check the command path end to end',
  ops: 'Operations: stuck applications and re-drives',
};

const HEADERS: Record<string, HeaderObject> = {
  'X-Request-Id': {
    description: "The request's id (the caller's X-Request-Id when it is 1 to 64 of [A-Za-z0-9_.:-], else a new UUID); errors repeat it",
    schema: { type: 'string' },
  },
  'Idempotent-Replayed': {
    description: '"true" when the answer is the stored first answer to an earlier request with this Idempotency-Key',
    schema: { type: 'string', enum: ['true'] },
  },
  'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer', minimum: 0 } },
};

const isRef = (value: unknown): value is ReferenceObject => typeof value === 'object' && value !== null && '$ref' in value;
const headerRef = (name: string): ReferenceObject => ({ $ref: `#/components/headers/${name}` });

/** Operation ids are written per route (`@ApiOperation({ operationId })`); Nest's default `Class_method` fails the lint. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('LOS gateway')
    .setDescription(
      'Loan origination API. Every error has the shape ErrorBody: { statusCode, code, message, requestId }, `code` one of ErrorCode. ' +
        'Every answer carries X-Request-Id. Browser apps are served from the origins in CORS_ORIGINS.',
    )
    .setVersion('1')
    .setLicense('Proprietary', 'https://www.rbi.org.in/Scripts/NotificationUser.aspx')
    .addServer('/', 'The gateway that served this document (the local stack: http://127.0.0.1:3000)')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .build();
  return completeDocument(SwaggerModule.createDocument(app, config));
}

/** What the decorators cannot say: tags, public routes, the headers every answer carries, formats. */
export function completeDocument(document: OpenAPIObject): OpenAPIObject {
  const tags = new Set<string>();
  document.components ??= {};
  document.components.headers = { ...document.components.headers, ...HEADERS };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.tags?.forEach((tag) => tags.add(tag));
      if (method === 'post') acceptIdempotencyKey(operation);
      completeOperation(operation);
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name, ...(TAG_DESCRIPTIONS[name] ? { description: TAG_DESCRIPTIONS[name] } : {}) }));
  addFormats(document);
  return document;
}

const IDEMPOTENCY_KEY: ParameterObject = {
  name: 'Idempotency-Key',
  in: 'header',
  required: false,
  description: 'Retries with the same key and body return the first answer (kept 24 h); 1 to 100 of [A-Za-z0-9_.:-]',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,100}$' },
};

/** Every POST honours Idempotency-Key (IdempotencyInterceptor): the header, and its two refusals. */
function acceptIdempotencyKey(operation: OperationObject): void {
  const parameters = operation.parameters ?? [];
  const declared = parameters.find(
    (p): p is ParameterObject => !isRef(p) && p.in === 'header' && p.name.toLowerCase() === 'idempotency-key',
  );
  if (declared) Object.assign(declared, { ...IDEMPOTENCY_KEY, description: declared.description ?? IDEMPOTENCY_KEY.description });
  else operation.parameters = [...parameters, { ...IDEMPOTENCY_KEY }];
  addErrorCode(operation, 409, ErrorCode.IdempotencyInProgress, 'Conflicts with the current state');
  addErrorCode(operation, 422, ErrorCode.IdempotencyKeyReused, 'Unprocessable');
}

/** Adds `code` to the operation's `status` answer (created in the ErrorBody shape when missing), as ApiErrors does. */
function addErrorCode(operation: OperationObject, status: number, code: ErrorCode, meaning: string): void {
  const existing = operation.responses[status];
  if (existing && isRef(existing)) return;
  const response: ResponseObject = existing ?? {
    description: `${meaning}:`,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' }, examples: {} } },
  };
  const content = response.content?.['application/json'];
  if (!content) return;
  content.examples ??= {};
  if (code in content.examples) return;
  content.examples[code] = { summary: code, value: { statusCode: status, code, message: '…', requestId: EXAMPLE_REQUEST_ID } };
  response.description = response.description.endsWith(':') ? `${response.description} ${code}` : `${response.description}, ${code}`;
  operation.responses[status] = response;
}

function completeOperation(operation: OperationObject): void {
  const extensions = operation as unknown as Record<string, unknown>;
  if (extensions[PUBLIC_EXTENSION]) {
    operation.security = [];
    delete extensions[PUBLIC_EXTENSION];
  }
  const throttler = extensions[RATE_LIMIT_EXTENSION] as string | undefined;
  delete extensions[RATE_LIMIT_EXTENSION];
  operation.parameters = dedupeHeaders(operation.parameters ?? []);
  const idempotent = operation.parameters.some((p) => !isRef(p) && p.in === 'header' && p.name === 'Idempotency-Key');
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!response || isRef(response)) continue;
    const headers: ResponseObject['headers'] = { ...response.headers, 'X-Request-Id': headerRef('X-Request-Id') };
    if (idempotent && status.startsWith('2')) headers['Idempotent-Replayed'] = headerRef('Idempotent-Replayed');
    if (status === '429' || status === '503') headers['Retry-After'] = headerRef('Retry-After');
    if (throttler !== undefined) Object.assign(headers, rateLimitHeaders(throttler, status === '429'));
    response.headers = headers;
  }
}

/**
 * `@Headers('idempotency-key')` and `@ApiHeader({ name: 'Idempotency-Key' })` describe one header twice
 * (HTTP names are case-insensitive): keep the described one.
 */
function dedupeHeaders(parameters: (ParameterObject | ReferenceObject)[]): (ParameterObject | ReferenceObject)[] {
  const kept = new Map<string, ParameterObject>();
  const others: (ParameterObject | ReferenceObject)[] = [];
  for (const parameter of parameters) {
    if (isRef(parameter) || parameter.in !== 'header') {
      others.push(parameter);
      continue;
    }
    const key = parameter.name.toLowerCase();
    const seen = kept.get(key);
    if (!seen || (!seen.description && parameter.description)) kept.set(key, parameter);
  }
  return [...others, ...kept.values()];
}

/** The throttler's headers: `X-RateLimit-*` for the `default` limit, `X-RateLimit-*-<name>` for the others. */
function rateLimitHeaders(throttler: string, refused: boolean): Record<string, HeaderObject> {
  const suffix = throttler === 'default' ? '' : `-${throttler}`;
  const integer: SchemaObject = { type: 'integer', minimum: 0 };
  const headers: Record<string, HeaderObject> = {
    [`X-RateLimit-Limit${suffix}`]: { description: `Requests allowed per window (limit "${throttler}")`, schema: integer },
    [`X-RateLimit-Remaining${suffix}`]: { description: 'Requests left in the current window', schema: integer },
    [`X-RateLimit-Reset${suffix}`]: { description: 'Seconds until the window resets', schema: integer },
  };
  if (refused && suffix) headers[`Retry-After${suffix}`] = { description: 'Seconds to wait, as Retry-After', schema: integer };
  return headers;
}

/** Swagger UI at /docs and the OpenAPI document at /docs-json, both public. */
export function mountApiDocs(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
