import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, isStaff, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ETagged } from '../common/etag/api-etag.decorator.js';
import { toApplicationView, toStatusLogEntryView } from './application.mapper.js';
import { ApplicationPageView, ApplicationView, StatusLogEntryView } from './application.view.js';
import { ApplicationsService } from './applications.service.js';
import { CancelApplicationDto } from './dto/cancel-application.dto.js';
import { CreateApplicationDto } from './dto/create-application.dto.js';
import { ListApplicationsQuery } from './dto/list-applications.query.js';

const IdempotencyKeyHeader = () =>
  ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key and body return the first response' });

@ApiTags('applications')
@Controller('v1/applications')
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Post()
  @ApiOperation({ operationId: 'createApplication', summary: 'Create a loan application' })
  @RequirePermissions(Permission.ApplicationCreate)
  @IdempotencyKeyHeader()
  @ApiCreatedResponse({
    type: ApplicationView,
    headers: { Location: { description: "The new application's URL: /v1/applications/{id}", schema: { type: 'string' } } },
  })
  @ApiErrors(
    400,
    401,
    403,
    409,
    413,
    422,
    ErrorCode.InvalidPan,
    ErrorCode.UnsafeText,
    ErrorCode.UnknownChannelPartner,
    ErrorCode.IdempotencyInProgress,
    ErrorCode.IdempotencyKeyReused,
  )
  async create(
    @Body() body: CreateApplicationDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<ApplicationView> {
    const application = await this.applications.create(user, body, idempotencyKey);
    return toApplicationView(application, isStaff(user), body.extra);
  }

  @Get()
  @ApiOperation({ operationId: 'listApplications', summary: 'List the applications the caller may see' })
  @RequirePermissions(Permission.ApplicationRead)
  @ApiOkResponse({ type: ApplicationPageView })
  @ApiErrors(400, 401, 403, ErrorCode.InvalidCursor)
  async list(@Query() query: ListApplicationsQuery, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationPageView> {
    const { items, total, hasMore, nextCursor } = await this.applications.list(user, query);
    return {
      items: items.map((item) => toApplicationView(item, isStaff(user))),
      hasMore,
      nextCursor,
      page: query.page,
      limit: query.limit,
      total,
    };
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getApplication', summary: 'Read an application' })
  @RequirePermissions(Permission.ApplicationRead)
  @ETagged()
  @ApiOkResponse({ type: ApplicationView, description: 'Carries an ETag; If-None-Match with it answers 304 while unchanged' })
  @ApiErrors(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<ApplicationView> {
    const { application, attention } = await this.applications.getWithAttention(user, id);
    const extra = await this.applications.extraOf(application);
    return toApplicationView(application, isStaff(user), extra, attention);
  }

  @Get(':id/timeline')
  @ApiOperation({ operationId: 'getApplicationTimeline', summary: "Read an application's status history" })
  @RequirePermissions(Permission.ApplicationRead)
  @ApiOkResponse({ type: [StatusLogEntryView] })
  @ApiErrors(400, 401, 403, 404)
  async timeline(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<StatusLogEntryView[]> {
    return (await this.applications.timeline(user, id)).map(toStatusLogEntryView);
  }

  @Post(':id/cancel')
  @ApiOperation({ operationId: 'cancelApplication', summary: 'Cancel an application' })
  @HttpCode(200)
  @RequirePermissions(Permission.ApplicationCancel)
  @IdempotencyKeyHeader()
  @ApiOkResponse({ type: ApplicationView })
  @ApiErrors(400, 401, 403, 404, 409, ErrorCode.InvalidTransition, ErrorCode.IdempotencyInProgress, ErrorCode.IdempotencyKeyReused)
  async cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CancelApplicationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ApplicationView> {
    return toApplicationView(await this.applications.cancel(user, id, body.reason), isStaff(user));
  }
}
