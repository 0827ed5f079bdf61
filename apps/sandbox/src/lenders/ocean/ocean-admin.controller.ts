import { BadRequestException, Body, Controller, Get, HttpCode, NotFoundException, Param, Put } from '@nestjs/common';
import { Public } from '@los/common';
import { LenderWebhooks } from '../faults/lender-webhooks.service.js';
import { ForceOceanStatusDto, OceanCallbackTargetDto, OceanClientKeyDto } from './ocean-admin.dto.js';
import { OCEAN_CODE, OCEAN_SANDBOX_KEY_ID } from './ocean-lender.constants.js';
import { OceanKeys } from './ocean-keys.service.js';
import { OceanLenderService } from './ocean-lender.service.js';

/** Test and configuration controls of the simulated OCEAN: its public key, our key, the callback URL. */
@Public()
@Controller('lenders/ocean/admin')
export class OceanAdminController {
  constructor(
    private readonly keys: OceanKeys,
    private readonly webhooks: LenderWebhooks,
    private readonly lender: OceanLenderService,
  ) {}

  @Get('public-key')
  publicKey(): { kid: string; publicKeyPem: string } {
    return { kid: OCEAN_SANDBOX_KEY_ID, publicKeyPem: this.keys.publicKeyPem };
  }

  @Put('client-key')
  @HttpCode(204)
  clientKey(@Body() body: OceanClientKeyDto): void {
    try {
      this.keys.registerClientKey(body.publicKeyPem);
    } catch {
      throw new BadRequestException('publicKeyPem is not a public key');
    }
  }

  @Put('callback-target')
  callbackTarget(@Body() body: OceanCallbackTargetDto): { url: string | null } {
    this.webhooks.setTarget(OCEAN_CODE, body.url);
    return { url: this.webhooks.target(OCEAN_CODE) ?? null };
  }

  /** Answers and calls back with any word, mapped or not. */
  @Put('applications/:id/status')
  @HttpCode(204)
  forceStatus(@Param('id') id: string, @Body() body: ForceOceanStatusDto): void {
    if (!this.lender.forceStatus(id, body.status)) throw new NotFoundException(`No loan application ${id}`);
  }
}
