import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { Public } from '@los/common';
import { LenderDisbursalScriptDto } from './lender-disbursal-script.dto.js';
import { LenderDisbursalScripts, type DisbursalScript } from './lender-disbursal-scripts.service.js';
import { SetLenderFaultDto, WebhookRetriesDto, WebhookTargetDto } from './lender-fault.dto.js';
import { LenderFaultStateService, type LenderFaultView } from './lender-fault-state.service.js';
import { LenderStatsService, type LenderStats } from './lender-stats.service.js';
import { LenderWebhooks } from './lender-webhooks.service.js';
import type { WebhookRetryPolicy } from './webhook-retry.policy.js';

/** Test controls shared by every simulated lender. */
@Public()
@Controller('lenders/:code/admin')
export class LenderAdminController {
  constructor(
    private readonly faults: LenderFaultStateService,
    private readonly stats: LenderStatsService,
    private readonly webhooks: LenderWebhooks,
    private readonly disbursals: LenderDisbursalScripts,
  ) {}

  /** How the lender's next disbursal ends (failed, another amount, webhooks withheld). */
  @Put('disbursal-script')
  setDisbursalScript(@Param('code') code: string, @Body() body: LenderDisbursalScriptDto): DisbursalScript {
    return this.disbursals.set(code, body);
  }

  @Put('faults')
  setFault(@Param('code') code: string, @Body() body: SetLenderFaultDto): LenderFaultView {
    return this.faults.set(code, body);
  }

  @Get('faults')
  fault(@Param('code') code: string): LenderFaultView {
    return this.faults.view(code);
  }

  @Delete('faults')
  @HttpCode(204)
  resetFault(@Param('code') code: string): void {
    this.faults.reset(code);
  }

  @Get('stats')
  counts(@Param('code') code: string): LenderStats {
    return this.stats.snapshot(code);
  }

  @Delete('stats')
  @HttpCode(204)
  resetCounts(@Param('code') code: string): void {
    this.stats.reset(code);
  }

  @Put('webhook-target')
  setWebhookTarget(@Param('code') code: string, @Body() body: WebhookTargetDto): { url: string | null } {
    this.webhooks.setTarget(code, body.url);
    return { url: this.webhooks.target(code) ?? null };
  }

  @Put('webhook-retries')
  setWebhookRetries(@Param('code') code: string, @Body() body: WebhookRetriesDto): WebhookRetryPolicy {
    return this.webhooks.setRetryPolicy(code, body);
  }

  @Get('webhook-retries')
  webhookRetries(@Param('code') code: string): WebhookRetryPolicy {
    return this.webhooks.retryPolicy(code);
  }
}
