import { createHash } from 'node:crypto';
import type { InboundWebhook } from '../contract/nbfc-adapter.js';

const MAX_NAMES = 24;
const MAX_NAME_CHARS = 48;

/** What is kept of a refused webhook: never its body or any header value, only what describes it, bounded. */
export interface RefusedWebhookSummary {
  bodyBytes: number;
  bodySha256: string;
  /** `json-object`, `json-array`, `json-value`, `not-json` or `empty`. */
  shape: string;
  /** Top-level field names of a JSON object body. */
  fieldNames: string[];
  headerNames: string[];
}

/** The stored trail of a webhook we refused: anyone may send one, so it costs us a few hundred bytes at most. */
export function summarizeRefusedWebhook(webhook: InboundWebhook): RefusedWebhookSummary {
  const body = webhook.rawBody;
  let parsed: unknown;
  let shape = body.length === 0 ? 'empty' : 'not-json';
  try {
    parsed = body.length ? (JSON.parse(body.toString('utf8')) as unknown) : undefined;
    if (body.length)
      shape = Array.isArray(parsed) ? 'json-array' : parsed !== null && typeof parsed === 'object' ? 'json-object' : 'json-value';
  } catch {
    parsed = undefined;
  }
  return {
    bodyBytes: body.length,
    bodySha256: createHash('sha256').update(body).digest('hex'),
    shape,
    fieldNames: shape === 'json-object' ? bounded(Object.keys(parsed as object)) : [],
    headerNames: bounded(Object.keys(webhook.headers).map((name) => name.toLowerCase())),
  };
}

function bounded(names: string[]): string[] {
  const kept = names.slice(0, MAX_NAMES).map((name) => name.slice(0, MAX_NAME_CHARS));
  return names.length > MAX_NAMES ? [...kept, `[${names.length - MAX_NAMES} more]`] : kept;
}
