import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ApplicationEventType } from '../applications/events/application-event-type.js';
import type { SealedWebhookSecret } from './secret-vault/webhook-secret-vault.js';

/**
 * A partner's endpoint for the events of the applications filed under its code. The signing secret is shown once
 * when created and kept only as AES-256-GCM ciphertext bound to the subscription id (WebhookSecretVault).
 */
@Entity('webhook_subscriptions')
@Index('idx_webhook_subscriptions_partner', ['partnerCode', 'active'])
export class WebhookSubscriptionEntity implements SealedWebhookSecret {
  @PrimaryColumn('char', { length: 36 }) id: string;
  @Column('varchar', { length: 32, name: 'partner_code' }) partnerCode: string;
  @Column('varchar', { length: 2048 }) url: string;
  @Column('varchar', { length: 32, name: 'secret_key_id' }) secretKeyId: string;
  @Column('varchar', { length: 32, name: 'secret_iv' }) secretIv: string;
  @Column('varchar', { length: 200, name: 'secret_ciphertext' }) secretCiphertext: string;
  @Column('varchar', { length: 32, name: 'secret_tag' }) secretTag: string;
  @Column('json', { name: 'event_types' }) eventTypes: ApplicationEventType[];
  @Column('boolean', { default: true }) active: boolean;
  @Column('varchar', { length: 80, name: 'created_by' }) createdBy: string;
  @Column('datetime', { precision: 3, name: 'created_at' }) createdAt: Date;
}
