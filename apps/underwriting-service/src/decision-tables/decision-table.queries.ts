import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { DecisionTableVersion } from './decision-table.schema.js';
import {
  toVersionView,
  type DecisionTableSummaryView,
  type DecisionTableVersionDetailView,
  type DecisionTableVersionView,
} from './decision-table.views.js';
import { DecisionTablesRepository } from './decision-tables.repository.js';

/** The read side of the decision table admin: lists, histories and single versions. */
@Injectable()
export class DecisionTableQueries {
  constructor(private readonly tables: DecisionTablesRepository) {}

  async list(): Promise<DecisionTableSummaryView[]> {
    const active = await this.tables.listActive();
    return active.map((version) => ({ tableId: version.tableId, activeVersion: version.version, active: toVersionView(version) }));
  }

  async versions(tableId: string): Promise<DecisionTableVersionView[]> {
    const versions = await this.tables.listVersions(tableId);
    if (versions.length === 0) throw notFound(tableId);
    return versions.map(toVersionView);
  }

  async version(tableId: string, version: number): Promise<DecisionTableVersionDetailView> {
    const found = await this.existingVersion(tableId, version);
    return { ...toVersionView(found), content: found.content };
  }

  /** The version, else 404 naming what is missing. */
  async existingVersion(tableId: string, version: number): Promise<DecisionTableVersion> {
    const found = await this.tables.findVersion(tableId, version);
    if (found) return found;
    if (!(await this.tables.findActive(tableId))) throw notFound(tableId);
    throw new AppException(ErrorCode.NotFound, `Decision table ${tableId} has no version ${version}`);
  }
}

export const notFound = (tableId: string) => new AppException(ErrorCode.NotFound, `No decision table ${tableId}`);
