import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, RpcClient, type AuthenticatedUser } from '@los/common';
import {
  MessagePattern,
  type PartnerCodeRequest,
  type PartnerRulesDiffRequest,
  type PartnerSlaRequest,
  type PublishPartnerRulesRequest,
  ErrorCode,
} from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { ParseCodePipe } from '../common/parse-code.pipe.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { PublishPartnerRulesDto, RulesDiffQuery } from './partner-rules.dto.js';
import { PartnerSlaQuery } from './partner-sla.dto.js';
import { PartnerRulesView, PartnerSlaView, PartnerSummaryView, PublishedRulesView, RulesDiffView } from './partner.views.js';

/** NBFC partner configuration: versioned rules kept by the offer service. */
@ApiTags('admin: partners')
@RequirePermissions(Permission.PartnerManage)
@Controller('v1/admin/partners')
export class PartnersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiOperation({ operationId: 'listPartners', summary: 'List partners with their status and current rule version' })
  @ApiOkResponse({ description: 'Every partner with its status and current rule version', type: [PartnerSummaryView] })
  @ApiErrors(401, 403, 503, 504)
  list(@Req() request: FastifyRequest) {
    return this.rpc.send(MessagePattern.PartnerList, { correlationId: request.id, payload: {} });
  }

  @Get(':code/rules')
  @ApiOperation({ operationId: 'getPartnerRules', summary: "Read a partner's current rules and their history" })
  @ApiOkResponse({ description: 'The current rule version and its history', type: PartnerRulesView })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  rules(@Param('code', ParseCodePipe) partnerCode: string, @Req() request: FastifyRequest) {
    const payload: PartnerCodeRequest = { partnerCode };
    return this.rpc.send(MessagePattern.PartnerRules, { correlationId: request.id, payload });
  }

  @Post(':code/rules')
  @ApiOperation({ operationId: 'publishPartnerRules', summary: 'Publish a new rule version for a partner' })
  @ApiCreatedResponse({ description: 'The new rule version', type: PublishedRulesView })
  @ApiErrors(400, 401, 403, 404, 503, 504, ErrorCode.InvalidRules)
  publish(
    @Param('code', ParseCodePipe) partnerCode: string,
    @Body() body: PublishPartnerRulesDto,
    @CurrentUser() admin: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    const payload: PublishPartnerRulesRequest = { partnerCode, rules: body.rules, reason: body.reason, actor: `user:${admin.id}` };
    return this.rpc.send(MessagePattern.PartnerRulesPublish, { correlationId: request.id, payload });
  }

  @Get(':code/rules/diff')
  @ApiOperation({ operationId: 'diffPartnerRules', summary: 'Compare two rule versions of a partner' })
  @ApiOkResponse({ description: 'What changed between two versions, path by path', type: RulesDiffView })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  diff(@Param('code', ParseCodePipe) partnerCode: string, @Query() query: RulesDiffQuery, @Req() request: FastifyRequest) {
    const payload: PartnerRulesDiffRequest = { partnerCode, from: query.from, to: query.to };
    return this.rpc.send(MessagePattern.PartnerRulesDiff, { correlationId: request.id, payload });
  }

  @Get(':code/sla')
  @ApiOperation({ operationId: 'getPartnerSla', summary: "Read a partner's call latency, error rate and SLA breaches" })
  @ApiOkResponse({ description: 'Call count, latency percentiles, error rate and SLA breaches over [from, to)', type: PartnerSlaView })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  sla(@Param('code', ParseCodePipe) partnerCode: string, @Query() query: PartnerSlaQuery, @Req() request: FastifyRequest) {
    const payload: PartnerSlaRequest = { partnerCode, from: query.from, to: query.to };
    return this.rpc.send(MessagePattern.PartnerSla, { correlationId: request.id, payload });
  }
}
