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
} from '@nestjs/swagger';
import { NO_IDEMPOTENCY_EXTENSION, PUBLIC_EXTENSION } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { EXAMPLE_REQUEST_ID } from '../common/api-errors.decorator.js';
import { ETAG_EXTENSION } from '../common/etag/api-etag.decorator.js';
import { RATE_LIMIT_EXTENSION } from '../rate-limit/api-rate-limit.decorator.js';
import { addFormats } from './schema-formats.js';

const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: 'Register, sign in, refresh and sign out',
  users: 'Staff accounts (admin)',
  applications: "A borrower's loan applications, from lead to disbursal",
  documents: 'Application documents, uploaded straight to storage with a pre-signed form',
  kyc: 'Aadhaar OTP, KYC verification and the matching tools',
  'kyc-reviews': 'The KYC review desk: queue, claim, evidence and resolution',
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
  ETag: {
    description: 'Strong validator of this exact representation (each role sees its own); send it back in If-None-Match',
    schema: { type: 'string', example: '"3q2-7w"' },
  },
  RateLimit: {
    description: 'IETF RateLimit field, one item per limit counting the route: `"<policy>";r=<left>;t=<seconds to reset>`',
    schema: { type: 'string', example: '"default";r=29;t=60' },
  },
  'RateLimit-Policy': {
    description: 'IETF RateLimit-Policy field, one item per limit: `"<policy>";q=<requests>;w=<window seconds>`',
    schema: { type: 'string', example: '"default";q=30;w=60' },
  },
};

const isRef = (value: unknown): value is ReferenceObject => typeof value === 'object' && value !== null && '$ref' in value;
const headerRef = (name: string): ReferenceObject => ({ $ref: `#/components/headers/${name}` });

/** Operation ids are written per route (`@ApiOperation({ operationId })`); Nest's default `Class_method` fails the lint. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('LOS gateway')
    .setDescription(
      'Loan origination API. Every error has the shape ErrorBody: { statusCode, code, message, errors?, requestId }, `code` one of ErrorCode, ' +
        '`errors` every failing field of a 400. Money is a decimal string in rupees with two decimals beside `currency: "INR"`. ' +
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
      const extensions = operation as unknown as Record<string, unknown>;
      if (method === 'post' && !extensions[NO_IDEMPOTENCY_EXTENSION]) acceptIdempotencyKey(operation);
      delete extensions[NO_IDEMPOTENCY_EXTENSION];
      if (extensions[ETAG_EXTENSION]) answerNotModified(operation);
      delete extensions[ETAG_EXTENSION];
      refuseWhatAnyRouteMay(operation);
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

const IF_NONE_MATCH: ParameterObject = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description: 'The ETag of a copy the client holds: 304 without a body while the representation is unchanged',
  schema: { type: 'string' },
};

/** A read marked @ETagged(): its ETag, If-None-Match and the 304 of answerNotModified. */
function answerNotModified(operation: OperationObject): void {
  operation.parameters = [...(operation.parameters ?? []), { ...IF_NONE_MATCH }];
  const ok = operation.responses['200'];
  if (ok && !isRef(ok)) ok.headers = { ...ok.headers, ETag: headerRef('ETag') };
  operation.responses['304'] = {
    description: 'Not modified: the If-None-Match ETag is still current; no body',
    headers: { ETag: headerRef('ETag') },
  };
}

/** Every POST not marked @NoIdempotency honours Idempotency-Key (IdempotencyInterceptor): the header, its refusals. */
function acceptIdempotencyKey(operation: OperationObject): void {
  const parameters = operation.parameters ?? [];
  const declared = parameters.find(
    (p): p is ParameterObject => !isRef(p) && p.in === 'header' && p.name.toLowerCase() === 'idempotency-key',
  );
  if (declared) Object.assign(declared, { ...IDEMPOTENCY_KEY, description: declared.description ?? IDEMPOTENCY_KEY.description });
  else operation.parameters = [...parameters, { ...IDEMPOTENCY_KEY }];
  addErrorCode(operation, 409, ErrorCode.IdempotencyInProgress, 'Conflicts with the current state');
  addErrorCode(operation, 409, ErrorCode.IdempotencyOutcomeLost, 'Conflicts with the current state');
  addErrorCode(operation, 422, ErrorCode.IdempotencyKeyReused, 'Unprocessable');
}

/**
 * What the gateway answers on any route, whatever its decorators list: a database outage is 503
 * DEPENDENCY_UNAVAILABLE, a transaction rolled back by a lock conflict 503 TRANSACTION_CONFLICT, and a body that is not JSON (415) or over the route's limit (413) is refused.
 */
function refuseWhatAnyRouteMay(operation: OperationObject): void {
  addErrorCode(operation, 503, ErrorCode.DependencyUnavailable, 'A service or a database is unavailable');
  addErrorCode(operation, 503, ErrorCode.TransactionConflict, 'Rolled back by a concurrent request; nothing changed');
  if (!operation.requestBody) return;
  addErrorCode(operation, 413, ErrorCode.PayloadTooLarge, "Body over the route's limit: 1 MB, 4 KB on auth routes");
  addErrorCode(operation, 415, ErrorCode.UnsupportedMediaType, 'The body is not JSON');
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
  const idempotent = ErrorCode.IdempotencyInProgress in (errorExamples(operation, 409) ?? {});
  for (const [status, response] of Object.entries(operation.responses)) {
    if (!response || isRef(response)) continue;
    const headers: ResponseObject['headers'] = { ...response.headers, 'X-Request-Id': headerRef('X-Request-Id') };
    if (idempotent && status.startsWith('2')) headers['Idempotent-Replayed'] = headerRef('Idempotent-Replayed');
    if (status === '429' || status === '503' || (idempotent && status === '409')) headers['Retry-After'] = headerRef('Retry-After');
    if (throttler !== undefined)
      Object.assign(headers, { RateLimit: headerRef('RateLimit'), 'RateLimit-Policy': headerRef('RateLimit-Policy') });
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

function errorExamples(operation: OperationObject, status: number): Record<string, unknown> | undefined {
  const response = operation.responses[status];
  return response && !isRef(response) ? response.content?.['application/json']?.examples : undefined;
}

/** Swagger UI at /docs and the OpenAPI document at /docs-json, both public. */
export function mountApiDocs(app: NestFastifyApplication): void {
  SwaggerModule.setup('docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'docs-json' });
}
