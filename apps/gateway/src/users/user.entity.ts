import { Role } from '@los/contracts';
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryColumn('char', { length: 36 })
  id: string;

  @Column('varchar', { length: 254, unique: true })
  email: string;

  @Column('varchar', { length: 200, name: 'password_hash' })
  passwordHash: string;

  @Column('varchar', { length: 100, name: 'full_name' })
  fullName: string;

  @Column('char', { length: 10, nullable: true })
  mobile: string | null;

  @Column('varchar', { length: 16 })
  role: Role;

  @Column('varchar', { length: 32, name: 'partner_code', nullable: true })
  partnerCode: string | null;

  @Column('datetime', { precision: 3, name: 'created_at' })
  createdAt: Date;

  @Column('char', { length: 36, name: 'created_by', nullable: true })
  createdBy: string | null;
}
