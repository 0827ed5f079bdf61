import { ApiProperty } from '@nestjs/swagger';
import { IsEnum, IsInt, IsString, Min } from 'class-validator';
import { IsContentTypeAllowedForType, IsWithinSizeCapForType } from '../document-caps.validator.js';
import { DocumentType } from '../document-types.constants.js';

/** What the client declares about the file; the upload policy then holds the S3 server to it. */
export class RequestUploadDto {
  @ApiProperty({ enum: DocumentType })
  @IsEnum(DocumentType)
  type: DocumentType;

  @ApiProperty({
    example: 'application/pdf',
    description: 'PHOTO: image/jpeg, image/png; BANK_STATEMENT: application/pdf; others: any of the three',
  })
  @IsString()
  @IsContentTypeAllowedForType()
  contentType: string;

  @ApiProperty({
    type: 'integer',
    example: 482113,
    description: 'File size in bytes; at most 2 MB (PHOTO), 10 MB (BANK_STATEMENT), 5 MB (others)',
  })
  @IsInt()
  @Min(1)
  @IsWithinSizeCapForType()
  sizeBytes: number;
}
