import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsSafeText } from '@los/contracts';
import { Allow, IsDefined, IsString, Length, ValidateNested } from 'class-validator';

export class NameMatchDto {
  @ApiProperty({ example: 'Mohd. Irfan Shaikh' }) @IsString() @Length(1, 200) @IsSafeText() name1: string;
  @ApiProperty({ example: 'Mohammed Irfan Sk' }) @IsString() @Length(1, 200) @IsSafeText() name2: string;
}

export class IdentityPersonDto {
  @ApiProperty() @IsString() @Length(1, 200) @IsSafeText() name: string;
  @ApiProperty({ example: '1990-04-21' }) @IsString() @Length(1, 20) dob: string;
  @ApiPropertyOptional({
    description: 'A string, or { line1, line2, city, state, pincode }',
    oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: true }],
  })
  @Allow()
  address?: unknown;
}

export class IdentityMatchDto {
  @ApiProperty({ type: IdentityPersonDto }) @IsDefined() @ValidateNested() @Type(() => IdentityPersonDto) applicant: IdentityPersonDto;
  @ApiProperty({ type: IdentityPersonDto }) @IsDefined() @ValidateNested() @Type(() => IdentityPersonDto) source: IdentityPersonDto;
}
