import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A lending partner; its terms live in `partner_rule_versions`, never here. */
@Entity('partners')
export class PartnerEntity {
  @PrimaryColumn('varchar', { length: 32 }) code: string;
  @Column('varchar', { length: 100 }) name: string;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
