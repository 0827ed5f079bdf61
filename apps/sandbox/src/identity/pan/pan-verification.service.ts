import { Injectable } from '@nestjs/common';
import { IdentitySourceException } from '../identity-source.exception.js';
import { IdentitySource } from '../identity-source.js';
import { IdentityRegistryService } from '../registry/identity-registry.service.js';
import { renderName } from '../registry/name-variation.generator.js';
import { nameShownBy } from '../registry/source-name.mapper.js';
import type { VerifyPanDto } from './verify-pan.dto.js';
import type { PanVerificationView } from './pan-verification.view.js';

@Injectable()
export class PanVerificationService {
  constructor(private readonly registry: IdentityRegistryService) {}

  verify(request: VerifyPanDto): PanVerificationView {
    const record = this.registry.findByPan(request.pan);
    if (!record) throw IdentitySourceException.notFound('No such PAN');
    return {
      pan: request.pan,
      status: record.panStatus,
      nameOnPan: renderName(nameShownBy(IdentitySource.Pan, record)),
      dobMatch: record.person.dob === request.dob,
      aadhaarSeeded: record.aadhaarSeeded,
    };
  }
}
