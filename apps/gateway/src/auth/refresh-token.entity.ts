import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One refresh token (only its hash). Tokens of a family descend from one login by rotation. */
@Entity('refresh_tokens')
@Index('idx_refresh_family', ['familyId'])
export class RefreshTokenEntity {
  @PrimaryColumn('char', { length: 64, name: 'token_hash' })
  tokenHash: string;

  @Column('char', { length: 36, name: 'family_id' })
  familyId: string;

  @Column('char', { length: 36, name: 'user_id' })
  userId: string;

  @Column('datetime', { precision: 3, name: 'expires_at' })
  expiresAt: Date;

  @Column('datetime', { precision: 3, name: 'used_at', nullable: true })
  usedAt: Date | null;

  @Column('datetime', { precision: 3, name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  @Column('datetime', { precision: 3, name: 'created_at' })
  createdAt: Date;
}
