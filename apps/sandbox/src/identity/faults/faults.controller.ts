import { Body, Controller, Delete, Get, HttpCode, Param, ParseEnumPipe, Put } from '@nestjs/common';
import { Public } from '@los/common';
import { FaultSourceValues, type FaultSource } from './fault-source.js';
import { FaultStateService, type FaultView } from './fault-state.service.js';
import { RequestStatsService } from './request-stats.service.js';
import { SetFaultDto } from './set-fault.dto.js';

@Public()
@Controller('sandbox')
export class FaultsController {
  constructor(
    private readonly faults: FaultStateService,
    private readonly stats: RequestStatsService,
  ) {}

  @Put('faults/:source')
  set(@Param('source', new ParseEnumPipe(FaultSourceValues)) source: FaultSource, @Body() body: SetFaultDto): FaultView {
    return this.faults.set(source, body);
  }

  @Get('faults')
  list(): Record<FaultSource, FaultView> {
    return this.faults.viewAll();
  }

  @Delete('faults')
  @HttpCode(204)
  resetFaults(): void {
    this.faults.resetAll();
  }

  @Get('stats')
  counts(): Record<FaultSource, number> {
    return this.stats.snapshot();
  }

  @Delete('stats')
  @HttpCode(204)
  resetCounts(): void {
    this.stats.reset();
  }
}
