import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PartnerConnection, PartnerConnectionSource } from '@los/nbfc';
import type { Repository } from 'typeorm';
import { PartnerConnectionEntity } from './partner-connection.entity.js';

/** The offer service's `partner_connections` rows: the one source of connection configuration for every service. */
@Injectable()
export class PartnerConnectionsRepository implements PartnerConnectionSource {
  constructor(@InjectRepository(PartnerConnectionEntity) private readonly connections: Repository<PartnerConnectionEntity>) {}

  async enabledConnections(): Promise<PartnerConnection[]> {
    const rows = await this.connections.find({ where: { enabled: true }, order: { partnerCode: 'ASC' } });
    return rows.map(({ partnerCode, adapterType, baseUrlPath, credentials, resilience, sla }) => ({
      partnerCode,
      adapterType,
      baseUrlPath,
      credentials,
      resilience,
      sla,
    }));
  }
}
