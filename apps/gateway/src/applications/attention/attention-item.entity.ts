import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AttentionCode } from './attention-code.js';

/** Something that went wrong with an application and needs a person; written in the transaction that learns of it. */
@Entity('application_attention_items')
@Index('idx_attention_application', ['applicationId', 'resolvedAt'])
export class AttentionItemEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('varchar', { length: 64 }) code: AttentionCode;
  @Column('varchar', { length: 200 }) reason: string;
  @Column('char', { length: 36, name: 'command_id', nullable: true }) commandId: string | null;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
  @Column('datetime', { precision: 3, name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
}
