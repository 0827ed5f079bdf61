import { Module } from '@nestjs/common';
import { LenderFaultsModule } from './faults/lender-faults.module.js';
import { LendwiseLenderController } from './lendwise/lendwise-lender.controller.js';
import { LendwiseLenderService } from './lendwise/lendwise-lender.service.js';
import { NorthstarLenderController } from './northstar/northstar-lender.controller.js';
import { NorthstarLenderService } from './northstar/northstar-lender.service.js';

/** Simulated NBFC partners at /lenders/<code>/..., with shared fault injection and webhook delivery. */
@Module({
  imports: [LenderFaultsModule],
  controllers: [LendwiseLenderController, NorthstarLenderController],
  providers: [LendwiseLenderService, NorthstarLenderService],
})
export class LendersModule {}
