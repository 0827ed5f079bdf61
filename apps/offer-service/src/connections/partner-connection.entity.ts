import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PartnerSla, ResilienceOptions } from '@los/nbfc';

/** How a partner is reached live; a partner without an enabled row is priced from its rules. */
@Entity('partner_connections')
export class PartnerConnectionEntity {
  @PrimaryColumn('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @Column('varchar', { length: 32, name: 'adapter_type' }) adapterType: string;
  /** Relative to SANDBOX_URL when it starts with `/`, else absolute. */
  @Column('varchar', { length: 255, name: 'base_url_path' }) baseUrlPath: string;
  @Column('json') credentials: Record<string, string>;
  @Column('json') resilience: ResilienceOptions;
  @Column('json') sla: PartnerSla;
  @Column('boolean') enabled: boolean;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
