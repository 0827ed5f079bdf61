import { ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus } from '@los/contracts';
import { Type } from 'class-transformer';
import { IsEnum, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_CURSOR_CHARS } from '../../common/pagination/cursor.js';

export const SORTABLE_FIELDS = { createdAt: 'createdAt', updatedAt: 'updatedAt', amount: 'loanAmount' } as const;

/** Unknown parameters (`?_=<time>` cache-busting) are dropped, not refused. */
export class ListApplicationsQuery {
  @ApiPropertyOptional({ enum: ApplicationStatus })
  @IsOptional()
  @IsEnum(ApplicationStatus)
  status?: ApplicationStatus;

  @ApiPropertyOptional({
    maxLength: MAX_CURSOR_CHARS,
    description: "The previous page's nextCursor (opaque): the page after it (page is then ignored)",
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_CURSOR_CHARS)
  after?: string;

  @ApiPropertyOptional({
    type: 'integer',
    default: 1,
    maximum: 100_000,
    minimum: 1,
    deprecated: true,
    description: 'Offset paging, kept for one version: use after',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page = 1;

  @ApiPropertyOptional({ type: 'integer', default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;

  @ApiPropertyOptional({ enum: Object.keys(SORTABLE_FIELDS), default: 'createdAt' })
  @IsOptional()
  @IsIn(Object.keys(SORTABLE_FIELDS))
  sort: keyof typeof SORTABLE_FIELDS = 'createdAt';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'desc';
}
