import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type Repository } from 'typeorm';
import { PartnerConnectionEntity } from './partner-connection.entity.js';
import { PartnerSlaBreachEntity } from './partner-sla-breach.entity.js';

@Injectable()
export class PartnerConnectionsRepository {
  constructor(
    @InjectRepository(PartnerConnectionEntity) private readonly connections: Repository<PartnerConnectionEntity>,
    @InjectRepository(PartnerSlaBreachEntity) private readonly breaches: Repository<PartnerSlaBreachEntity>,
  ) {}

  findEnabled(): Promise<PartnerConnectionEntity[]> {
    return this.connections.find({ where: { enabled: true }, order: { partnerCode: 'ASC' } });
  }

  async insertBreach(breach: PartnerSlaBreachEntity): Promise<void> {
    await this.breaches.insert(breach);
  }

  /** Breaches in [from, to): `Between` is inclusive, so the upper bound is pulled in by a millisecond. */
  countBreaches(partnerCode: string, from: Date, to: Date): Promise<number> {
    return this.breaches.count({ where: { partnerCode, at: Between(from, new Date(to.getTime() - 1)) } });
  }
}
