import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CreateProbeDto } from './create-probe.dto.js';
import { toProbeView } from './probe.mapper.js';
import { ProbesService } from './probes.service.js';

@ApiTags('system')
@Controller('v1/system/probes')
export class ProbesController {
  constructor(private readonly probes: ProbesService) {}

  @Post()
  @HttpCode(202)
  async create(@Body() body: CreateProbeDto, @Req() request: FastifyRequest) {
    return toProbeView(await this.probes.create(body.workMs, request.id));
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    return toProbeView(await this.probes.get(id));
  }

  @Get(':id/remote')
  remote(@Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    return this.probes.remoteStatus(id, request.id);
  }
}
