import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermissions } from '@los/common';
import { ApiErrors } from '../common/api-errors.decorator.js';
import type { FastifyRequest } from 'fastify';
import { CreateProbeDto } from './create-probe.dto.js';
import { ProbeRemoteStatusView, ProbeView, toProbeView } from './probe.mapper.js';
import { ProbesService } from './probes.service.js';

@ApiTags('system')
@RequirePermissions(Permission.SystemProbe)
@Controller('v1/system/probes')
export class ProbesController {
  constructor(private readonly probes: ProbesService) {}

  @Post()
  @ApiOperation({ operationId: 'createProbe', summary: 'Start a probe through the durable command path' })
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ProbeView })
  @ApiErrors(400, 401, 403)
  async create(@Body() body: CreateProbeDto, @Req() request: FastifyRequest) {
    return toProbeView(await this.probes.create(body.workMs, request.id));
  }

  @Get(':id')
  @ApiOperation({ operationId: 'getProbe', summary: 'Read a probe' })
  @ApiOkResponse({ type: ProbeView })
  @ApiErrors(400, 401, 403, 404)
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return toProbeView(await this.probes.get(id));
  }

  @Get(':id/remote')
  @ApiOperation({ operationId: 'getProbeRemoteStatus', summary: "Read kyc-service's view of a probe's command" })
  @ApiOkResponse({ type: ProbeRemoteStatusView, description: "kyc-service's view of the probe's command" })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  remote(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.probes.remoteStatus(id, request.id);
  }
}
