import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { actorOf } from '../applications/application-visibility.js';
import { ErrorCode } from '@los/contracts';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ListLimitQuery } from '../common/pagination/list-limit.query.js';
import { RedriveReceiptView, StuckApplicationListView } from './stuck-application.view.js';
import { ListStuckApplicationsUseCase } from './usecases/list-stuck-applications/list-stuck-applications.usecase.js';
import { RedriveApplicationUseCase } from './usecases/redrive-application/redrive-application.usecase.js';

@ApiTags('ops')
@Controller('v1/ops')
export class StuckApplicationsController {
  constructor(
    private readonly listStuck: ListStuckApplicationsUseCase,
    private readonly redrive: RedriveApplicationUseCase,
  ) {}

  @Get('stuck-applications')
  @ApiOperation({ operationId: 'listStuckApplications', summary: 'List applications stuck past their dwell limit' })
  @RequirePermissions(Permission.StuckRead)
  @ApiOkResponse({ type: StuckApplicationListView })
  @ApiErrors(400, 401, 403)
  list(@Query() query: ListLimitQuery): Promise<StuckApplicationListView> {
    return this.listStuck.execute(query.limit);
  }

  @Post('applications/:id/redrive')
  @ApiOperation({ operationId: 'redriveApplication', summary: "Re-send a stuck application's pending command" })
  @HttpCode(202)
  @RequirePermissions(Permission.StuckRedrive)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first response' })
  @ApiAcceptedResponse({ type: RedriveReceiptView, description: 'The pending command was re-sent with its next attempt' })
  @ApiErrors(
    400,
    401,
    403,
    404,
    409,
    ErrorCode.NothingToRedrive,
    ErrorCode.ApplicationNotStuck,
    ErrorCode.RedriveRaced,
    ErrorCode.IdempotencyInProgress,
    ErrorCode.IdempotencyKeyReused,
  )
  redriveOne(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<RedriveReceiptView> {
    return this.redrive.execute({ applicationId: id, actor: actorOf(user) });
  }
}
