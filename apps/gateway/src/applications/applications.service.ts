import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { AppException, isDuplicateKey, isStaff, type AuthenticatedUser } from '@los/common';
import { ApplicationStatus, ErrorCode, formatMoney, Role } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource, Repository } from 'typeorm';
import { ApplicationExtrasRepository } from './application-extras.repository.js';
import { actorOf, visibleTo } from './application-visibility.js';
import { ApplicationEntity } from './application.entity.js';
import { ChannelPartners } from './channel-partners.service.js';
import type { CreateApplicationDto } from './dto/create-application.dto.js';
import { SORTABLE_FIELDS, type ListApplicationsQuery } from './dto/list-applications.query.js';
import { ApplicationAttention } from './attention/application-attention.service.js';
import type { AttentionItemEntity } from './attention/attention-item.entity.js';
import { ApplicationLifecycle } from './lifecycle/application-lifecycle.service.js';
import { ApplicationStatusLogEntity } from './lifecycle/application-status-log.entity.js';

const rupees = (amount: string | number) => formatMoney(amount);

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    @InjectRepository(ApplicationStatusLogEntity) private readonly statusLog: Repository<ApplicationStatusLogEntity>,
    private readonly extras: ApplicationExtrasRepository,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly channelPartners: ChannelPartners,
    private readonly attention: ApplicationAttention,
  ) {}

  /** Creation is keyed by (owner, Idempotency-Key) too, so even a retried crash cannot create twice. */
  async create(user: AuthenticatedUser, dto: CreateApplicationDto, idempotencyKey?: string): Promise<ApplicationEntity> {
    const partnerCode = this.partnerCodeFor(user, dto.channelPartnerCode);
    if (partnerCode && partnerCode !== user.partnerCode) await this.channelPartners.assertKnown(partnerCode);
    if (idempotencyKey) {
      const existing = await this.applications.findOneBy({ ownerUserId: user.id, idempotencyKey });
      if (existing) return existing;
    }
    const { applicant, loan } = dto;
    const now = new Date();
    const entity = this.applications.create({
      id: randomUUID(),
      ownerUserId: user.id,
      channelPartnerCode: partnerCode,
      status: ApplicationStatus.LeadCreated,
      fullName: applicant.fullName.trim(),
      dob: applicant.dob,
      mobile: applicant.mobile,
      email: applicant.email.toLowerCase(),
      pan: applicant.pan,
      employmentType: applicant.employmentType,
      monthlyIncome: rupees(applicant.monthlyIncome),
      existingEmiMonthly: rupees(applicant.existingEmiMonthly),
      pincode: applicant.pincode,
      city: applicant.city.trim(),
      state: applicant.state.trim(),
      loanAmount: rupees(loan.amount),
      tenureMonths: loan.tenureMonths,
      purpose: loan.purpose.trim(),
      sanctionedAmount: null,
      acceptedAmount: null,
      hasExtra: dto.extra !== undefined,
      idempotencyKey: idempotencyKey ?? null,
      partnerCode: null,
      partnerReference: null,
      partnerStatus: null,
      version: 0,
      createdAt: now,
      updatedAt: now,
    });
    // Extras first: if Mongo is down nothing is recorded; an orphaned extra is never read.
    if (dto.extra) await this.extras.save(entity.id, dto.extra);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(ApplicationEntity, entity);
        await this.lifecycle.recordCreation(manager, entity, actorOf(user));
      });
    } catch (error) {
      if (isDuplicateKey(error) && idempotencyKey) return this.applications.findOneByOrFail({ ownerUserId: user.id, idempotencyKey });
      throw error;
    }
    return entity;
  }

  async get(user: AuthenticatedUser, id: string): Promise<ApplicationEntity> {
    const application = await this.applications.findOneBy({ id, ...visibleTo(user) });
    if (!application) throw new AppException(ErrorCode.NotFound, 'Application not found');
    return application;
  }

  extraOf(application: ApplicationEntity): Promise<Record<string, unknown> | undefined> {
    return application.hasExtra ? this.extras.findByApplicationId(application.id) : Promise.resolve(undefined);
  }

  attentionOf(application: ApplicationEntity): Promise<AttentionItemEntity[]> {
    return this.attention.openFor(application.id);
  }

  list(user: AuthenticatedUser, query: ListApplicationsQuery): Promise<[ApplicationEntity[], number]> {
    const direction = query.order === 'asc' ? 'ASC' : 'DESC';
    return this.applications.findAndCount({
      where: { ...visibleTo(user), ...(query.status ? { status: query.status } : {}) },
      order: { [SORTABLE_FIELDS[query.sort]]: direction, id: direction },
      skip: (query.page - 1) * query.limit,
      take: query.limit,
    });
  }

  async timeline(user: AuthenticatedUser, id: string): Promise<ApplicationStatusLogEntity[]> {
    await this.get(user, id);
    return this.statusLog.find({ where: { applicationId: id }, order: { id: 'ASC' } });
  }

  async cancel(user: AuthenticatedUser, id: string, reason?: string): Promise<ApplicationEntity> {
    await this.get(user, id);
    return this.dataSource.transaction((manager) =>
      this.lifecycle.transition(manager, { applicationId: id, to: ApplicationStatus.Cancelled, actor: actorOf(user), reason }),
    );
  }

  /** A partner agent always files under their own partner; staff and applicants may name one. */
  private partnerCodeFor(user: AuthenticatedUser, requested?: string): string | null {
    if (user.role !== Role.PartnerAgent || isStaff(user)) return requested ?? null;
    if (requested && requested !== user.partnerCode) {
      throw new AppException(ErrorCode.Forbidden, 'A partner agent can only file applications for their own partner');
    }
    return user.partnerCode;
  }
}
