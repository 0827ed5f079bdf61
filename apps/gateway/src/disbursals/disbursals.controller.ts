import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, RpcClient, type AuthenticatedUser } from '@los/common';
import {
  ErrorCode,
  MessagePattern,
  type DisbursalQuery,
  type DisbursalView as DisbursalReply,
  type ReconciliationQuery,
} from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { actorOf } from '../applications/application-visibility.js';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { DisbursalRetryView, DisbursalView, ReconciliationReportView, toDisbursalView } from './disbursal.views.js';
import { ReconciliationQueryDto } from './dto/reconciliation.query.js';
import { RetryDisbursalUseCase } from './usecases/retry-disbursal/retry-disbursal.usecase.js';

@ApiTags('disbursals')
@Controller('v1')
export class DisbursalsController {
  constructor(
    private readonly rpc: RpcClient,
    private readonly applications: ApplicationsService,
    private readonly retry: RetryDisbursalUseCase,
  ) {}

  @Get('applications/:id/disbursal')
  @ApiOperation({ operationId: 'getDisbursal', summary: "Read the application's disbursal: status, amount, UTR, value date, failure" })
  @RequirePermissions(Permission.DisbursalRead)
  @ApiOkResponse({ type: DisbursalView })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  async read(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<DisbursalView> {
    await this.applications.get(user, id);
    const payload: DisbursalQuery = { applicationId: id };
    return toDisbursalView(await this.rpc.send<DisbursalReply>(MessagePattern.DisbursalStatus, { correlationId: request.id, payload }));
  }

  @Post('ops/applications/:id/disbursal/retry')
  @ApiOperation({ operationId: 'retryDisbursal', summary: 'Re-initiate a failed disbursal once its cause is fixed' })
  @HttpCode(202)
  @RequirePermissions(Permission.DisbursalRetry)
  @ApiAcceptedResponse({ type: DisbursalRetryView, description: 'A new disburse command is recorded' })
  @ApiErrors(400, 401, 403, 404, 409, ErrorCode.InvalidTransition, ErrorCode.IdempotencyInProgress, ErrorCode.IdempotencyKeyReused)
  reinitiate(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<DisbursalRetryView> {
    return this.retry.execute(id, actorOf(user));
  }

  @Get('ops/reconciliation')
  @ApiOperation({
    operationId: 'getDisbursalReconciliation',
    summary: 'One day of the disbursal reconciler: matched, corrected, mismatched, open',
  })
  @RequirePermissions(Permission.ReconciliationRead)
  @ApiOkResponse({ type: ReconciliationReportView })
  @ApiErrors(400, 401, 403, 503, 504)
  report(@Query() query: ReconciliationQueryDto, @Req() request: FastifyRequest): Promise<ReconciliationReportView> {
    const payload: ReconciliationQuery = { date: query.date };
    return this.rpc.send<ReconciliationReportView>(MessagePattern.DisbursalReconciliation, { correlationId: request.id, payload });
  }
}
