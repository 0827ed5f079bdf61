import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppException } from '@los/common';
import { ErrorCode, Role } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { UserEntity } from '../users/user.entity.js';

/**
 * The channel partners (DSAs) the platform knows are those an admin onboarded agents for: a partner's
 * agents see every application filed under its code, so a code nobody onboarded is refused rather than
 * left for whoever is given it later.
 */
@Injectable()
export class ChannelPartners {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async assertKnown(code: string): Promise<void> {
    const known = await this.dataSource.getRepository(UserEntity).exists({ where: { role: Role.PartnerAgent, partnerCode: code } });
    if (!known) throw new AppException(ErrorCode.UnknownChannelPartner, 'No channel partner has this code');
  }
}
