import { Body, Controller, HttpCode, Param, Put } from '@nestjs/common';
import { Public } from '@los/common';
import { IsString, Matches } from 'class-validator';
import { KuberLenderService } from './kuber-lender.service.js';

export class ForceKuberStatusDto {
  /** Any word, mapped or not: tests use it to see an unknown status refused. */
  @IsString() @Matches(/^[A-Za-z_]{1,40}$/) status: string;
}

/** Test controls of the simulated KUBER beyond the shared faults. */
@Public()
@Controller('lenders/kuber/admin')
export class KuberAdminController {
  constructor(private readonly lender: KuberLenderService) {}

  @Put('applications/:ref/status')
  @HttpCode(204)
  forceStatus(@Param('ref') ref: string, @Body() body: ForceKuberStatusDto): void {
    this.lender.forceStatus(ref, body.status);
  }
}
