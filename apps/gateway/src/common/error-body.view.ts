import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ErrorCode } from '@los/contracts';

/** The one error shape of every route; the document's `ErrorBody`. Extend it here, not per route. */
@ApiSchema({ name: 'ErrorBody' })
export class ErrorBodyView {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ enum: ErrorCode, enumName: 'ErrorCode', example: ErrorCode.ValidationFailed }) code: ErrorCode;
  @ApiProperty({ example: 'loan.amount must not be greater than 100000000' }) message: string;
  @ApiProperty({ example: '6f1c2e1a-5a43-4d7e-9c1e-2f5b2a7d9c11', description: 'The X-Request-Id of the request' }) requestId: string;
}
