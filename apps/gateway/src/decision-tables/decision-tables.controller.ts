import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { AppException, CurrentUser, Permission, RequirePermissions, RpcClient, type AuthenticatedUser } from '@los/common';
import {
  ErrorCode,
  MessagePattern,
  type DecisionTableDiffRequest,
  type DecisionTableIdRequest,
  type DecisionTableVersionRequest,
  type PublishDecisionTableRequest,
  type RollbackDecisionTableRequest,
  type SimulateDecisionTableRequest,
} from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import {
  DecisionTableDiffQuery,
  PublishDecisionTableDto,
  RollbackDecisionTableDto,
  SimulateDecisionTableDto,
} from './decision-tables.dto.js';
import {
  DecisionTableDiffView,
  DecisionTableSummaryView,
  DecisionTableVersionDetailView,
  DecisionTableVersionView,
  PublishedDecisionTableView,
  SimulationView,
  TABLE_ID_SCHEMA,
} from './decision-tables.views.js';
import { ParseTableIdPipe } from './parse-table-id.pipe.js';

const TABLE_ID = { name: 'tableId', description: 'product:LENDER', schema: { type: 'string', ...TABLE_ID_SCHEMA } } as const;

/** Underwriting credit policy: the lenders' versioned decision tables, kept by the underwriting service. */
@ApiTags('admin: decision tables')
@RequirePermissions(Permission.CreditPolicyManage)
@Controller('v1/admin/decision-tables')
export class DecisionTablesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiOperation({ operationId: 'listDecisionTables', summary: 'List decision tables with their active version' })
  @ApiOkResponse({ description: 'Every table with its active (latest) version', type: [DecisionTableSummaryView] })
  @ApiErrors(401, 403, 503, 504)
  list(@Req() request: FastifyRequest) {
    return this.rpc.send(MessagePattern.DecisionTableList, { correlationId: request.id, payload: {} });
  }

  @Get(':tableId/versions')
  @ApiOperation({ operationId: 'listDecisionTableVersions', summary: "List a decision table's versions, newest first" })
  @ApiParam(TABLE_ID)
  @ApiOkResponse({ description: 'Every version without its content, newest first', type: [DecisionTableVersionView] })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  versions(@Param('tableId', ParseTableIdPipe) tableId: string, @Req() request: FastifyRequest) {
    const payload: DecisionTableIdRequest = { tableId };
    return this.rpc.send(MessagePattern.DecisionTableVersions, { correlationId: request.id, payload });
  }

  @Get(':tableId/versions/:version')
  @ApiOperation({ operationId: 'getDecisionTableVersion', summary: 'Read one version of a decision table with its content' })
  @ApiParam(TABLE_ID)
  @ApiParam({ name: 'version', type: 'integer', example: 1 })
  @ApiOkResponse({ description: 'The version and its JDM content', type: DecisionTableVersionDetailView })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  version(
    @Param('tableId', ParseTableIdPipe) tableId: string,
    @Param('version', new ParseIntPipe({ exceptionFactory: () => badVersion() })) version: number,
    @Req() request: FastifyRequest,
  ) {
    if (version < 1) throw badVersion();
    const payload: DecisionTableVersionRequest = { tableId, version };
    return this.rpc.send(MessagePattern.DecisionTableVersion, { correlationId: request.id, payload });
  }

  @Post(':tableId/versions')
  @ApiOperation({ operationId: 'publishDecisionTable', summary: 'Validate and publish the next version of a decision table' })
  @ApiParam(TABLE_ID)
  @ApiCreatedResponse({ description: 'The new active version, stored and audited', type: PublishedDecisionTableView })
  @ApiErrors(400, 401, 403, 404, 409, 503, 504, ErrorCode.DecisionTableInvalid)
  publish(
    @Param('tableId', ParseTableIdPipe) tableId: string,
    @Body() body: PublishDecisionTableDto,
    @CurrentUser() admin: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    const payload: PublishDecisionTableRequest = { tableId, content: body.content, reason: body.reason, actor: `user:${admin.id}` };
    return this.rpc.send(MessagePattern.DecisionTablePublish, { correlationId: request.id, payload });
  }

  @Get(':tableId/diff')
  @ApiOperation({ operationId: 'diffDecisionTable', summary: 'Compare two versions of a decision table, rule by rule' })
  @ApiParam(TABLE_ID)
  @ApiOkResponse({ description: 'Rows added, removed and changed (before and after)', type: DecisionTableDiffView })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  diff(@Param('tableId', ParseTableIdPipe) tableId: string, @Query() query: DecisionTableDiffQuery, @Req() request: FastifyRequest) {
    const payload: DecisionTableDiffRequest = { tableId, from: query.from, to: query.to };
    return this.rpc.send(MessagePattern.DecisionTableDiff, { correlationId: request.id, payload });
  }

  @Post(':tableId/rollback')
  @ApiOperation({ operationId: 'rollbackDecisionTable', summary: "Publish an earlier version's content as the next version" })
  @ApiParam(TABLE_ID)
  @ApiCreatedResponse({ description: 'The new active version', type: PublishedDecisionTableView })
  @ApiErrors(400, 401, 403, 404, 409, 503, 504)
  rollback(
    @Param('tableId', ParseTableIdPipe) tableId: string,
    @Body() body: RollbackDecisionTableDto,
    @CurrentUser() admin: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    const payload: RollbackDecisionTableRequest = { tableId, toVersion: body.toVersion, reason: body.reason, actor: `user:${admin.id}` };
    return this.rpc.send(MessagePattern.DecisionTableRollback, { correlationId: request.id, payload });
  }

  @Post(':tableId/simulate')
  @HttpCode(200)
  @ApiOperation({ operationId: 'simulateDecisionTable', summary: 'Evaluate a draft against the last decided applications' })
  @ApiParam(TABLE_ID)
  @ApiOkResponse({ description: 'How many applications were evaluated and whose decision the draft would change', type: SimulationView })
  @ApiErrors(400, 401, 403, 404, 503, 504, ErrorCode.DecisionTableInvalid)
  simulate(@Param('tableId', ParseTableIdPipe) tableId: string, @Body() body: SimulateDecisionTableDto, @Req() request: FastifyRequest) {
    const payload: SimulateDecisionTableRequest = { tableId, content: body.content, lastN: body.lastN };
    return this.rpc.send(MessagePattern.DecisionTableSimulate, { correlationId: request.id, payload });
  }
}

const badVersion = () => new AppException(ErrorCode.ValidationFailed, 'version must be a whole number from 1');
