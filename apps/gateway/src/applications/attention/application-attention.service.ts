import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type EntityManager, type Repository } from 'typeorm';
import type { AttentionCode } from './attention-code.js';
import { AttentionItemEntity } from './attention-item.entity.js';

export interface AttentionRequest {
  applicationId: string;
  code: AttentionCode;
  reason: string;
  commandId?: string;
}

/** Open attention items of applications: a failure that does not move the status is never only a log line. */
@Injectable()
export class ApplicationAttention {
  constructor(@InjectRepository(AttentionItemEntity) private readonly items: Repository<AttentionItemEntity>) {}

  async raise(manager: EntityManager, request: AttentionRequest): Promise<void> {
    await manager.insert(AttentionItemEntity, {
      applicationId: request.applicationId,
      code: request.code,
      reason: request.reason.slice(0, 200),
      commandId: request.commandId ?? null,
      createdAt: new Date(),
      resolvedAt: null,
    });
  }

  openFor(applicationId: string): Promise<AttentionItemEntity[]> {
    return this.items.find({ where: { applicationId, resolvedAt: IsNull() }, order: { id: 'ASC' } });
  }
}
