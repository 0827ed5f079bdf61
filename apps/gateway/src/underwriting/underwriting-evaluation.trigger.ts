import { Injectable } from '@nestjs/common';
import { CommandOutbox } from '@los/common';
import { MessagePattern, type UnderwritingTrigger } from '@los/contracts';
import type { EntityManager } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity.js';
import { AfterCommit } from '../applications/lifecycle/after-commit.js';
import { DocumentStatus, ApplicationDocumentEntity } from '../documents/document.entity.js';
import { evaluateCommandOf } from './evaluate-command.js';

/**
 * Records `underwriting.cmd.evaluate.v1` in the transaction that moved the application to UNDERWRITING (acceptance,
 * a required document, a bureau refresh), delivered once that commits.
 */
@Injectable()
export class UnderwritingEvaluationTrigger {
  constructor(
    private readonly outbox: CommandOutbox,
    private readonly afterCommit: AfterCommit,
  ) {}

  async request(
    manager: EntityManager,
    application: ApplicationEntity,
    trigger: UnderwritingTrigger,
    correlationId: string,
  ): Promise<string> {
    const documents = await manager.find(ApplicationDocumentEntity, {
      where: { applicationId: application.id, status: DocumentStatus.Checked },
      select: { type: true },
    });
    const command = evaluateCommandOf(
      application,
      trigger,
      documents.map((d) => d.type),
    );
    const envelope = await this.outbox.record(manager, MessagePattern.UnderwritingEvaluate, command, correlationId);
    this.afterCommit.run(manager, () => this.outbox.deliverRecorded(envelope));
    return envelope.commandId;
  }
}
