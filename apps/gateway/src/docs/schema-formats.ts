import type { OpenAPIObject, ParameterObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';

/**
 * Formats by the house naming rules, so every view gets them without a decorator per field: `id` and
 * `…Id` are UUIDs (the one exception, requestId, may be the caller's own), `…At` and `validUntil` are
 * instants (ISO 8601 with zone), `dob` and `…Date` are calendar dates (YYYY-MM-DD). A field that
 * declares its own format keeps it. The generated-client e2e checks every answer against them.
 */
export function formatOf(name: string): string | undefined {
  if (name === 'requestId') return undefined;
  if (name === 'id' || /[a-z]Id$/.test(name)) return 'uuid';
  if (/[a-z]At$/.test(name) || name === 'validUntil') return 'date-time';
  if (name === 'dob' || /^(date|[a-z][a-zA-Z]*Date)$/.test(name)) return 'date';
  return undefined;
}

export function addFormats(document: OpenAPIObject): void {
  for (const schema of Object.values(document.components?.schemas ?? {})) visitProperties(schema);
  for (const item of Object.values(document.paths)) {
    for (const operation of [item.get, item.put, item.post, item.delete, item.patch]) {
      for (const parameter of operation?.parameters ?? []) {
        if (isRef(parameter)) continue;
        const p = parameter as ParameterObject;
        if (p.in === 'path' && p.schema && !isRef(p.schema)) setFormat(p.schema, formatOf(p.name));
      }
    }
  }
}

function visitProperties(schema: SchemaObject | ReferenceObject): void {
  if (isRef(schema)) return;
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (isRef(property)) continue;
    setFormat(property, formatOf(name));
    if (property.items && !isRef(property.items)) visitProperties(property.items);
    visitProperties(property);
  }
}

function setFormat(schema: SchemaObject, format: string | undefined): void {
  if (format && schema.type === 'string' && !schema.format && !schema.enum) schema.format = format;
}

const isRef = (value: unknown): value is ReferenceObject => typeof value === 'object' && value !== null && '$ref' in value;
