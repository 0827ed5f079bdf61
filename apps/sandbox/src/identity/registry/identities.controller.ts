import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@los/common';
import { DEMO_IDENTITIES } from './demo-identities.constants.js';
import { DemoIdentityView, toDemoIdentityView } from './demo-identity.view.js';
import { IdentityRegistryService } from './identity-registry.service.js';
import { RegisterIdentityDto } from './register-identity.dto.js';
import { toRegisteredIdentity, toRegistrationView, type RegistrationView } from './registered-identity.mapper.js';

@ApiTags('sandbox identities')
@Public()
@Controller('sandbox/identities')
export class IdentitiesController {
  constructor(private readonly registry: IdentityRegistryService) {}

  @Post()
  @ApiOperation({ summary: 'Register a person with the PAN, Aadhaar and CKYC simulators (replaces whoever had the numbers)' })
  @ApiCreatedResponse({ description: '{ pan, ckycNumber, variation: { pan, aadhaar, ckyc, address } }' })
  register(@Body() body: RegisterIdentityDto): RegistrationView {
    const record = toRegisteredIdentity(body);
    this.registry.register(record);
    return toRegistrationView(record);
  }

  @Get('demo')
  @ApiOperation({ summary: 'Ready-made identities registered at boot, and what a KYC of each ends in' })
  @ApiOkResponse({ type: [DemoIdentityView] })
  demo(): DemoIdentityView[] {
    return DEMO_IDENTITIES.map(toDemoIdentityView);
  }
}
