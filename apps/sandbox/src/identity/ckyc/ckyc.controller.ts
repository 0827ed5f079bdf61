import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '@los/common';
import { FaultGate } from '../faults/fault-gate.service.js';
import { IdentitySource } from '../identity-source.js';
import type { CkycRecordView, CkycSearchResult } from './ckyc-record.view.js';
import { CkycService } from './ckyc.service.js';
import { DownloadCkycDto } from './download-ckyc.dto.js';
import { SearchCkycDto } from './search-ckyc.dto.js';

@Public()
@Controller('v1/identity/ckyc')
export class CkycController {
  constructor(
    private readonly gate: FaultGate,
    private readonly ckyc: CkycService,
  ) {}

  @Post('search')
  @HttpCode(200)
  async search(@Body() body: SearchCkycDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ results: CkycSearchResult[] }> {
    await this.gate.pass(IdentitySource.Ckyc, reply);
    return this.ckyc.search(body);
  }

  @Post('download')
  @HttpCode(200)
  async download(@Body() body: DownloadCkycDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<CkycRecordView> {
    await this.gate.pass(IdentitySource.Ckyc, reply);
    return this.ckyc.download(body.ckycNumber, body.dob);
  }
}
