import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  AppException,
  currentIdempotentRequest,
  isDuplicateKey,
  isStaff,
  stageIdempotentResponse,
  type AuthenticatedUser,
} from '@los/common';
import { ApplicationStatus, ErrorCode, formatMoney, Role } from '@los/contracts';
import { randomUUID } from 'node:crypto';
import { Equal, LessThan, MoreThan, type DataSource, type FindOptionsWhere, type Repository } from 'typeorm';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { ApplicationExtrasRepository } from './application-extras.repository.js';
import { ApplicationReadsRepository } from './application-reads.repository.js';
import { actorOf, visibleTo } from './application-visibility.js';
import { ApplicationEntity } from './application.entity.js';
import { toApplicationView } from './application.mapper.js';
import { INSERT_APPLICATION, toApplicationInsertValues } from './application-row.mapper.js';
import { ChannelPartners } from './channel-partners.service.js';
import type { CreateApplicationDto } from './dto/create-application.dto.js';
import { SORTABLE_FIELDS, type ListApplicationsQuery } from './dto/list-applications.query.js';
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
    private readonly reads: ApplicationReadsRepository,
    private readonly lifecycle: ApplicationLifecycle,
    private readonly channelPartners: ChannelPartners,
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
    const entity = Object.assign(new ApplicationEntity(), {
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
      acceptedOfferId: null,
      acceptedPartnerCode: null,
      documentsRequired: null,
      acceptedProcessingFee: null,
      acceptedGstOnFees: null,
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
        // A raw insert of every column (TypeORM's insert builder cost more CPU than the round trip), sent in one batch
        // with the status log and event rows.
        await this.lifecycle.recordCreation(manager, entity, actorOf(user), [
          { sql: INSERT_APPLICATION, values: toApplicationInsertValues(entity) },
        ]);
        // The view is built here only for a keyed request: without a key nothing would keep it.
        if (currentIdempotentRequest()) stageIdempotentResponse(toApplicationView(entity, isStaff(user), dto.extra));
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

  /** The application with its open attention items, in one round trip (a read by id is the hottest route). */
  async getWithAttention(
    user: AuthenticatedUser,
    id: string,
  ): Promise<{ application: ApplicationEntity; attention: AttentionItemEntity[] }> {
    const found = await this.reads.findVisibleWithAttention(user, id);
    if (!found) throw new AppException(ErrorCode.NotFound, 'Application not found');
    return found;
  }

  extraOf(application: ApplicationEntity): Promise<Record<string, unknown> | undefined> {
    return application.hasExtra ? this.extras.findByApplicationId(application.id) : Promise.resolve(undefined);
  }

  /**
   * One page in (sort, id) order: after a cursor's position (keyset, stable while rows are added) or, deprecated,
   * at an offset. One row more than the page is read to know whether another page follows.
   */
  async list(user: AuthenticatedUser, query: ListApplicationsQuery): Promise<ApplicationPage> {
    const direction = query.order === 'asc' ? 'ASC' : 'DESC';
    const column = SORTABLE_FIELDS[query.sort];
    const matching: FindOptionsWhere<ApplicationEntity> = { ...visibleTo(user), ...(query.status ? { status: query.status } : {}) };
    const after = query.after ? decodeCursor(query.after, query.sort, query.order) : null;
    const beyond = query.order === 'asc' ? MoreThan : LessThan;
    const where = after
      ? [
          { ...matching, [column]: beyond(sortValueOf(column, after.value)) },
          { ...matching, [column]: Equal(sortValueOf(column, after.value)), id: beyond(after.id) },
        ]
      : matching;
    const [rows, total] = await Promise.all([
      this.applications.find({
        where,
        order: { [column]: direction, id: direction },
        skip: after ? 0 : (query.page - 1) * query.limit,
        take: query.limit + 1,
      }),
      this.applications.countBy(matching),
    ]);
    const items = rows.slice(0, query.limit);
    const hasMore = rows.length > query.limit;
    const last = items.at(-1);
    const nextCursor =
      hasMore && last ? encodeCursor({ sort: query.sort, order: query.order, value: cursorValueOf(last, column), id: last.id }) : null;
    return { items, total, hasMore, nextCursor };
  }

  async timeline(user: AuthenticatedUser, id: string): Promise<ApplicationStatusLogEntity[]> {
    await this.get(user, id);
    return this.statusLog.find({ where: { applicationId: id }, order: { id: 'ASC' } });
  }

  async cancel(user: AuthenticatedUser, id: string, reason?: string): Promise<ApplicationEntity> {
    await this.get(user, id);
    return this.dataSource.transaction(async (manager) => {
      const cancelled = await this.lifecycle.transition(manager, {
        applicationId: id,
        to: ApplicationStatus.Cancelled,
        actor: actorOf(user),
        reason,
      });
      stageIdempotentResponse(toApplicationView(cancelled, isStaff(user)));
      return cancelled;
    });
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

export interface ApplicationPage {
  items: ApplicationEntity[];
  total: number;
  hasMore: boolean;
  nextCursor: string | null;
}

type SortColumn = (typeof SORTABLE_FIELDS)[keyof typeof SORTABLE_FIELDS];

function cursorValueOf(application: ApplicationEntity, column: SortColumn): string {
  return column === 'loanAmount' ? application.loanAmount : application[column].toISOString();
}

/** A cursor's sort value as the column holds it; a value that is not one is a cursor we did not issue. */
function sortValueOf(column: SortColumn, value: string): Date | string {
  if (column === 'loanAmount') {
    if (!/^\d{1,12}(\.\d{1,2})?$/.test(value)) throw new AppException(ErrorCode.InvalidCursor, 'after is not a cursor this list issued');
    return value;
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new AppException(ErrorCode.InvalidCursor, 'after is not a cursor this list issued');
  return instant;
}
