import { Body, Controller, Post } from '@nestjs/common';
import { Public } from '@los/common';
import { IdentityRegistryService } from './identity-registry.service.js';
import { RegisterIdentityDto } from './register-identity.dto.js';
import { toRegisteredIdentity, toRegistrationView, type RegistrationView } from './registered-identity.mapper.js';

@Public()
@Controller('sandbox/identities')
export class IdentitiesController {
  constructor(private readonly registry: IdentityRegistryService) {}

  @Post()
  register(@Body() body: RegisterIdentityDto): RegistrationView {
    const record = toRegisteredIdentity(body);
    this.registry.register(record);
    return toRegistrationView(record);
  }
}
