import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One partner call slower than the partner's SLA for that operation. */
@Entity('partner_sla_breaches')
export class PartnerSlaBreachEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id?: string;
  @Column('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @Column('varchar', { length: 32 }) operation: string;
  @Column('varchar', { length: 64, name: 'application_id', nullable: true }) applicationId: string | null;
  @Column('int', { name: 'figure_ms' }) figureMs: number;
  @Column('int', { name: 'threshold_ms' }) thresholdMs: number;
  @Column('datetime', { precision: 3 }) at: Date;
}
