import type { KeyFactStatement } from '@los/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The primary key on the application makes one acceptance win, however many race. */
@Entity('offer_acceptances')
export class OfferAcceptanceEntity {
  @PrimaryColumn('char', { length: 36, name: 'application_id' }) applicationId: string;
  @Column('char', { length: 36, name: 'offer_id', unique: true }) offerId: string;
  @Column('json') kfs: KeyFactStatement;
  @Column('datetime', { precision: 3, name: 'accepted_at' }) acceptedAt: Date;
}
