import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { Public } from '@los/common';
import { SetFaultDto } from '../identity/faults/set-fault.dto.js';
import { BureauFaults } from './bureau-faults.service.js';

@Public()
@Controller('sandbox/bureau')
export class BureauFaultsController {
  constructor(private readonly faults: BureauFaults) {}

  @Put('faults')
  set(@Body() body: SetFaultDto): SetFaultDto {
    return this.faults.set(body);
  }

  @Get('faults')
  view(): { fault: SetFaultDto; reportPulls: number } {
    return this.faults.view();
  }

  @Delete('faults')
  @HttpCode(204)
  reset(): void {
    this.faults.reset();
  }
}
