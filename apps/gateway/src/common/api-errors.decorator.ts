import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorCode, HTTP_STATUS_OF } from '@los/contracts';
import { ErrorBodyView } from './error-body.view.js';

export const EXAMPLE_REQUEST_ID = '6f1c2e1a-5a43-4d7e-9c1e-2f5b2a7d9c11';

/** Codes any route may answer with the status; a route names its own further codes (EMAIL_TAKEN, OFFER_EXPIRED, ...). */
const GENERIC_CODES: Record<number, ErrorCode[]> = {
  400: [ErrorCode.ValidationFailed, ErrorCode.MalformedJson, ErrorCode.UnsafeInput, ErrorCode.PayloadTooComplex],
  401: [ErrorCode.Unauthorized],
  403: [ErrorCode.Forbidden],
  404: [ErrorCode.NotFound],
  405: [ErrorCode.MethodNotAllowed],
  409: [ErrorCode.Conflict],
  413: [ErrorCode.PayloadTooLarge],
  415: [ErrorCode.UnsupportedMediaType],
  422: [],
  429: [ErrorCode.TooManyRequests],
  503: [ErrorCode.UpstreamUnavailable, ErrorCode.DependencyUnavailable],
  504: [ErrorCode.UpstreamTimeout],
};

const MEANING: Record<number, string> = {
  400: 'Invalid input',
  401: 'Missing, expired or invalid credentials',
  403: 'The role does not allow this',
  404: 'Not found, or not visible to the caller',
  405: 'The path exists for other methods (see Allow)',
  409: 'Conflicts with the current state',
  413: "Body over the route's limit: 1 MB, 4 KB on auth routes",
  415: 'The body is not JSON',
  422: 'Unprocessable',
  429: 'Too many requests; see Retry-After',
  503: 'A service or a database is unavailable',
  504: 'A service did not answer in time',
};

/**
 * Documents the error responses of a route, all in the one error shape: each status with the codes it can
 * carry, in the description and as one example per code. Give a status for its generic codes, or a code for
 * itself (its status comes from HTTP_STATUS_OF): `ApiErrors(400, 401, 409, ErrorCode.EmailTaken)`.
 */
export const ApiErrors = (...answers: (number | ErrorCode)[]) => {
  const codes = new Map<number, Set<ErrorCode>>();
  const add = (status: number, list: ErrorCode[]) => {
    const set = codes.get(status) ?? new Set<ErrorCode>();
    list.forEach((code) => set.add(code));
    codes.set(status, set);
  };
  for (const answer of answers) {
    if (typeof answer === 'number') add(answer, GENERIC_CODES[answer] ?? []);
    else add(HTTP_STATUS_OF[answer], [answer]);
  }
  return applyDecorators(
    ...[...codes].map(([status, set]) => {
      const list = [...set];
      return ApiResponse({
        status,
        description: `${MEANING[status] ?? 'Error'}: ${list.join(', ') || 'see code'}`,
        type: ErrorBodyView,
        examples: Object.fromEntries(list.map((code) => [code, { summary: code, value: exampleOf(status, code) }])),
      });
    }),
  );
};

/** A validation failure's example shows `errors[]`, one item per failing field. */
function exampleOf(status: number, code: ErrorCode) {
  const errors =
    code === ErrorCode.ValidationFailed ? [{ field: 'consent.given', code, message: 'consent.given must be true' }] : undefined;
  return { statusCode: status, code, message: '…', ...(errors ? { errors } : {}), requestId: EXAMPLE_REQUEST_ID };
}
