import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, type Repository } from 'typeorm';
import { PartnerSlaBreachEntity } from './partner-sla-breach.entity.js';

/** The service's own `partner_sla_breaches` (MySQL). */
@Injectable()
export class PartnerSlaBreachesRepository {
  constructor(@InjectRepository(PartnerSlaBreachEntity) private readonly breaches: Repository<PartnerSlaBreachEntity>) {}

  async insertBreach(breach: PartnerSlaBreachEntity): Promise<void> {
    await this.breaches.insert(breach);
  }

  /** Breaches in [from, to): `Between` is inclusive, so the upper bound is pulled in by a millisecond. */
  countBreaches(partnerCode: string, from: Date, to: Date): Promise<number> {
    return this.breaches.count({ where: { partnerCode, at: Between(from, new Date(to.getTime() - 1)) } });
  }
}
