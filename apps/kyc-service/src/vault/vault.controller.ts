import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import { MessagePattern as Pattern, QueryEnvelope, VaultAadhaarRequest, type VaultAadhaarReply } from '@los/contracts';
import { AadhaarVault } from './aadhaar-vault.service.js';

@Controller()
export class VaultController {
  constructor(private readonly vault: AadhaarVault) {}

  @MessagePattern(Pattern.KycVaultAadhaar)
  store(@Payload() message: unknown): Promise<VaultAadhaarReply> {
    const envelope = parseMessage(QueryEnvelope, message);
    const { aadhaar } = parseMessage(VaultAadhaarRequest, envelope.payload);
    return this.vault.store(aadhaar);
  }
}
