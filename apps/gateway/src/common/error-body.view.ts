import { ApiProperty } from '@nestjs/swagger';

export class ErrorBodyView {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'VALIDATION_FAILED' }) code: string;
  @ApiProperty({ example: 'loan.amount must not be greater than 100000000' }) message: string;
  @ApiProperty({ example: '6f1c2e1a-5a43-4d7e-9c1e-2f5b2a7d9c11' }) requestId: string;
}
