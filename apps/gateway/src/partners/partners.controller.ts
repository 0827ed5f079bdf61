import { Body, Controller, Get, Param, Post, Query, Req } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, RpcClient, type AuthenticatedUser } from '@los/common';
import {
  MessagePattern,
  type PartnerCodeRequest,
  type PartnerRulesDiffRequest,
  type PartnerSlaRequest,
  type PublishPartnerRulesRequest,
} from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { ParseCodePipe } from '../common/parse-code.pipe.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { PublishPartnerRulesDto, RulesDiffQuery } from './partner-rules.dto.js';
import { PartnerSlaQuery } from './partner-sla.dto.js';

/** NBFC partner configuration: versioned rules kept by the offer service. */
@ApiTags('admin: partners')
@RequirePermissions(Permission.PartnerManage)
@Controller('v1/admin/partners')
export class PartnersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @ApiOkResponse({ description: 'Every partner with its status and current rule version', type: Object, isArray: true })
  @ApiErrors(401, 403, 503, 504)
  list(@Req() request: FastifyRequest) {
    return this.rpc.send(MessagePattern.PartnerList, { correlationId: request.id, payload: {} });
  }

  @Get(':code/rules')
  @ApiOkResponse({ description: 'The current rule version and its history', type: Object })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  rules(@Param('code', ParseCodePipe) partnerCode: string, @Req() request: FastifyRequest) {
    const payload: PartnerCodeRequest = { partnerCode };
    return this.rpc.send(MessagePattern.PartnerRules, { correlationId: request.id, payload });
  }

  @Post(':code/rules')
  @ApiCreatedResponse({ description: 'The new rule version', type: Object })
  @ApiErrors(400, 401, 403, 404, 503, 504)
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
  @ApiOkResponse({ description: 'What changed between two versions, path by path', type: Object })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  diff(@Param('code', ParseCodePipe) partnerCode: string, @Query() query: RulesDiffQuery, @Req() request: FastifyRequest) {
    const payload: PartnerRulesDiffRequest = { partnerCode, from: query.from, to: query.to };
    return this.rpc.send(MessagePattern.PartnerRulesDiff, { correlationId: request.id, payload });
  }

  @Get(':code/sla')
  @ApiOkResponse({ description: 'Call count, latency percentiles, error rate and SLA breaches over [from, to)', type: Object })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  sla(@Param('code', ParseCodePipe) partnerCode: string, @Query() query: PartnerSlaQuery, @Req() request: FastifyRequest) {
    const payload: PartnerSlaRequest = { partnerCode, from: query.from, to: query.to };
    return this.rpc.send(MessagePattern.PartnerSla, { correlationId: request.id, payload });
  }
}
