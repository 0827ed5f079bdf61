import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { APP_CONFIG, AppException, isDuplicateKey, type GatewayConfig } from '@los/common';
import { ErrorCode, Role } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import type { Repository } from 'typeorm';
import { hashPassword } from './password-hasher.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  password: string;
  fullName: string;
  role: Role;
  mobile?: string;
  partnerCode?: string;
}

@Injectable()
export class UsersService implements OnApplicationBootstrap {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async create(user: NewUser, createdBy: string | null): Promise<UserEntity> {
    const entity = this.users.create({
      id: randomUUID(),
      email: user.email.toLowerCase(),
      passwordHash: await hashPassword(user.password),
      fullName: user.fullName,
      role: user.role,
      mobile: user.mobile ?? null,
      partnerCode: user.partnerCode ?? null,
      createdAt: new Date(),
      createdBy,
    });
    try {
      await this.users.insert(entity);
    } catch (error) {
      if (isDuplicateKey(error)) {
        throw new AppException(ErrorCode.EmailTaken, 'An account with this email already exists');
      }
      throw error;
    }
    return entity;
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ email: email.toLowerCase() });
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOneBy({ id });
  }

  /** The first admin comes from configuration; replicas racing here meet the unique email. */
  async onApplicationBootstrap(): Promise<void> {
    if (await this.findByEmail(this.config.ADMIN_EMAIL)) return;
    try {
      await this.create(
        { email: this.config.ADMIN_EMAIL, password: this.config.ADMIN_PASSWORD, fullName: 'Administrator', role: Role.Admin },
        null,
      );
      this.logger.log('Created the first admin from ADMIN_EMAIL');
    } catch (error) {
      if (!(error instanceof AppException)) throw error;
    }
  }
}
