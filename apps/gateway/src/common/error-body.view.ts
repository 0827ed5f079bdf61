import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { ErrorCode, type ErrorBody, type FieldError } from '@los/contracts';

/** One failing field of a request; the document's `FieldError`. */
@ApiSchema({ name: 'FieldError' })
export class FieldErrorView implements FieldError {
  @ApiProperty({ example: 'consent.given', description: 'Dotted path of the field in the body or query' }) field: string;
  @ApiProperty({
    example: 'VALIDATION_FAILED',
    description: "The field's own code (INVALID_PAN, INVALID_AADHAAR, ...), else VALIDATION_FAILED",
  })
  code: string;
  @ApiProperty({ example: 'consent.given must be true' }) message: string;
}

/** The one error shape of every route; the document's `ErrorBody`. Extend it here, not per route. */
@ApiSchema({ name: 'ErrorBody' })
export class ErrorBodyView implements ErrorBody {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({
    enum: ErrorCode,
    enumName: 'ErrorCode',
    example: ErrorCode.InvalidPan,
    description: "Top-level code; for a validation failure the first field's own code",
  })
  code: ErrorCode;
  @ApiProperty({ example: "pan must be an individual's PAN (AAAPA9999A, fourth letter P); consent.given must be true" }) message: string;
  @ApiPropertyOptional({ type: [FieldErrorView], description: 'Every failing field (at most 10) when the request failed validation' })
  errors?: FieldErrorView[];
  @ApiProperty({ example: '6f1c2e1a-5a43-4d7e-9c1e-2f5b2a7d9c11', description: 'The X-Request-Id of the request' }) requestId: string;
}
