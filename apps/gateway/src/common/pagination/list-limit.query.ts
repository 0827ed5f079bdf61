import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** How many rows a list answers: 1-200, 50 when absent. Listed bottom up, the order stacked decorators apply in. */
export const ListLimit = () =>
  applyDecorators(
    Max(200),
    Min(1),
    IsInt(),
    Type(() => Number),
    IsOptional(),
    ApiPropertyOptional({ type: 'integer', default: 50, minimum: 1, maximum: 200 }),
  );

/** The query of a desk or ops list that takes only a limit. */
export class ListLimitQuery {
  @ListLimit()
  limit = 50;
}
