import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { BorrowerDecisionView, ReevaluationView, StaffDecisionView } from './decision.views.js';
import { UnderwritingDecisions } from './underwriting-decisions.service.js';

@ApiTags('underwriting')
@Controller('v1/applications/:id')
@ApiExtraModels(StaffDecisionView, BorrowerDecisionView)
export class UnderwritingController {
  constructor(private readonly decisions: UnderwritingDecisions) {}

  @Get('decision')
  @ApiOperation({ operationId: 'getCreditDecision', summary: 'Read our credit decision on an application' })
  @RequirePermissions(Permission.ApplicationRead)
  @ApiOkResponse({
    description:
      'Staff get the whole record (table, version, snapshot, matched rules, conditions); the borrower side the decision and the reasons meant for the applicant',
    schema: { oneOf: [{ $ref: getSchemaPath(StaffDecisionView) }, { $ref: getSchemaPath(BorrowerDecisionView) }] },
  })
  @ApiErrors(400, 401, 403, 404, 503, 504, ErrorCode.DecisionNotAvailable)
  decision(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<StaffDecisionView | BorrowerDecisionView> {
    return this.decisions.decisionFor(user, id, request.id);
  }

  @Post('bureau-refresh')
  @ApiOperation({ operationId: 'refreshBureauReport', summary: 'Evaluate a referred application again on a fresh bureau report' })
  @HttpCode(202)
  @RequirePermissions(Permission.UnderwritingReevaluate)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retries with the same key return the first response' })
  @ApiAcceptedResponse({ type: ReevaluationView, description: 'Moved to UNDERWRITING; the evaluate command is recorded' })
  @ApiErrors(400, 401, 403, 404, 409, ErrorCode.InvalidTransition, ErrorCode.IdempotencyInProgress, ErrorCode.IdempotencyKeyReused)
  refresh(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<ReevaluationView> {
    return this.decisions.refreshBureau(user, id, request.id);
  }
}
