import type { CallResult } from './source-caller.js';
import type { SourceAttempt, SourceName, SourceReport } from './identity-source.js';

/** The report of a lookup that ended without a usable answer. */
export function failedReport(source: SourceName, attempts: SourceAttempt[], result: Exclude<CallResult, { kind: 'OK' }>): SourceReport {
  const base = { source, attempts, record: null, facts: {}, raw: null };
  switch (result.kind) {
    case 'NOT_FOUND':
      return { ...base, status: 'NOT_FOUND', lastError: null };
    case 'REJECTED':
      return { ...base, status: 'ERROR', lastError: result.error };
    default:
      return { ...base, status: 'UNAVAILABLE', lastError: result.error };
  }
}

export function errorReport(source: SourceName, attempts: SourceAttempt[], error: string): SourceReport {
  return { source, attempts, status: 'ERROR', lastError: error, record: null, facts: {}, raw: null };
}
