import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorBodyView } from './error-body.view.js';

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (VALIDATION_FAILED, MALFORMED_JSON, UNSAFE_INPUT, PAYLOAD_TOO_COMPLEX, WEAK_PASSWORD, INVALID_EMAIL)',
  401: 'Missing, expired or invalid credentials (UNAUTHORIZED, INVALID_CREDENTIALS)',
  403: 'The role does not allow this (FORBIDDEN)',
  404: 'Not found, or not visible to the caller (NOT_FOUND)',
  409:
    'Conflicts with the current state (CONFLICT, INVALID_TRANSITION, EMAIL_TAKEN); the same Idempotency-Key still running ' +
    '(IDEMPOTENCY_IN_PROGRESS, see Retry-After) or applied with its response lost (IDEMPOTENCY_OUTCOME_LOST)',
  413: "Body over the route's limit: 1 MB, 4 KB on auth routes (PAYLOAD_TOO_LARGE)",
  422: 'Idempotency-Key reused with a different body (IDEMPOTENCY_KEY_REUSED)',
  429: 'Too many attempts; see Retry-After (TOO_MANY_REQUESTS, ACCOUNT_LOCKED)',
  503: 'A service or a database is unavailable (UPSTREAM_UNAVAILABLE, DEPENDENCY_UNAVAILABLE)',
  504: 'A service did not answer in time (UPSTREAM_TIMEOUT)',
};

/** Documents the error responses of a route, all in the one error shape. */
export const ApiErrors = (...statuses: number[]) =>
  applyDecorators(...statuses.map((status) => ApiResponse({ status, description: DESCRIPTIONS[status], type: ErrorBodyView })));
