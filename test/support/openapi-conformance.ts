import type { Middleware } from 'openapi-fetch';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};
export type OpenApiDocument = {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }>; headers?: Record<string, unknown> }> }>
  >;
  components: { schemas: Record<string, Schema> };
};

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
};

/**
 * What the server answered against what its own document promises: every field declared (no extra ones),
 * required ones present, types, enums, nullability and formats. Answers the problems, [] when it conforms.
 */
export function nonConformities(document: OpenApiDocument, schema: Schema, value: unknown, at = '$'): string[] {
  if (value === null && schema.nullable) return [];
  if (schema.$ref) return nonConformities(document, document.components.schemas[schema.$ref.split('/').pop()!], value, at);
  if (schema.allOf) return schema.allOf.flatMap((part) => nonConformities(document, { nullable: schema.nullable, ...part }, value, at));
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    if (value === null && schema.nullable) return [];
    const fits = alternatives.some((alternative) => nonConformities(document, alternative, value, at).length === 0);
    return fits ? [] : [`${at}: ${JSON.stringify(value)?.slice(0, 80)} fits none of its alternatives`];
  }
  if (value === null) return schema.nullable ? [] : [`${at}: null but not nullable`];
  if (schema.enum && !schema.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`];
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return [`${at}: ${typeof value}, declared string`];
      return schema.format && FORMATS[schema.format] && !FORMATS[schema.format].test(value)
        ? [`${at}: "${value}" is not a ${schema.format}`]
        : [];
    case 'number':
      return typeof value === 'number' ? [] : [`${at}: ${typeof value}, declared number`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: ${JSON.stringify(value)}, declared integer`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${at}: ${typeof value}, declared boolean`];
    case 'array':
      if (!Array.isArray(value)) return [`${at}: ${typeof value}, declared array`];
      return value.flatMap((item, i) => (schema.items ? nonConformities(document, schema.items, item, `${at}[${i}]`) : []));
    default:
      return objectNonConformities(document, schema, value, at);
  }
}

function objectNonConformities(document: OpenApiDocument, schema: Schema, value: unknown, at: string): string[] {
  if (!schema.type && !schema.properties) return []; // {}: any value
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [`${at}: ${JSON.stringify(value)?.slice(0, 80)}, declared object`];
  const properties = schema.properties ?? {};
  const record = value as Record<string, unknown>;
  const problems = (schema.required ?? []).filter((name) => !(name in record)).map((name) => `${at}.${name}: required but missing`);
  for (const [name, field] of Object.entries(record)) {
    const declared = properties[name];
    if (declared) problems.push(...nonConformities(document, declared, field, `${at}.${name}`));
    else if (schema.additionalProperties === undefined || schema.additionalProperties === false) {
      problems.push(`${at}.${name}: answered but not in the schema`);
    } else if (typeof schema.additionalProperties === 'object') {
      problems.push(...nonConformities(document, schema.additionalProperties, field, `${at}.${name}`));
    }
  }
  return problems;
}

/**
 * An openapi-fetch middleware that holds every JSON answer to the schema the document gives for its
 * operation and status, and records what does not conform (a status the operation does not list included).
 */
export function conformanceRecorder(document: OpenApiDocument): { middleware: Middleware; problems: string[]; checked: () => number } {
  const problems: string[] = [];
  let checked = 0;
  const middleware: Middleware = {
    async onResponse({ request, response, schemaPath }) {
      const operation = document.paths[schemaPath]?.[request.method.toLowerCase()];
      const where = `${request.method} ${schemaPath} ${response.status}`;
      if (!operation) return void problems.push(`${where}: no such operation in the document`);
      const declared = operation.responses[String(response.status)];
      if (!declared) return void problems.push(`${where}: status not in the document`);
      for (const header of ['X-Request-Id', 'Location'].filter((name) => name === 'X-Request-Id' || declared.headers?.[name])) {
        if (!response.headers.get(header)) problems.push(`${where}: no ${header}, which the document promises`);
      }
      const schema = declared.content?.['application/json']?.schema;
      const isJson = response.headers.get('content-type')?.startsWith('application/json');
      if (!schema) return void (isJson && response.status !== 204 && problems.push(`${where}: JSON answer, none declared`));
      checked++;
      const body: unknown = await response.clone().json();
      problems.push(...nonConformities(document, schema, body).map((problem) => `${where}: ${problem}`));
    },
  };
  return { middleware, problems, checked: () => checked };
}
