import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { isDuplicateKey } from '@los/common';
import type { Model } from 'mongoose';
import { DecisionTableVersion } from './decision-table.schema.js';

export type NewTableVersion = Omit<DecisionTableVersion, 'audited'>;

@Injectable()
export class DecisionTablesRepository {
  constructor(@InjectModel(DecisionTableVersion.name) private readonly versions: Model<DecisionTableVersion>) {}

  /** Resolves once the unique (tableId, version) index exists: writes before that could duplicate a version. */
  async ensureIndexes(): Promise<void> {
    await this.versions.init();
  }

  findActive(tableId: string): Promise<DecisionTableVersion | null> {
    return this.versions.findOne({ tableId }, { _id: 0 }).sort({ version: -1 }).lean<DecisionTableVersion>().exec();
  }

  findVersion(tableId: string, version: number): Promise<DecisionTableVersion | null> {
    return this.versions.findOne({ tableId, version }, { _id: 0 }).lean<DecisionTableVersion>().exec();
  }

  /** Newest first, without their content. */
  listVersions(tableId: string): Promise<Omit<DecisionTableVersion, 'content'>[]> {
    return this.versions.find({ tableId }, { _id: 0, content: 0 }).sort({ version: -1 }).lean<DecisionTableVersion[]>().exec();
  }

  /** The highest version of every table, without content. */
  async listActive(): Promise<Omit<DecisionTableVersion, 'content'>[]> {
    const all = await this.versions
      .find({}, { _id: 0, content: 0 })
      .sort({ tableId: 1, version: -1 })
      .lean<DecisionTableVersion[]>()
      .exec();
    const active = new Map<string, DecisionTableVersion>();
    for (const version of all) if (!active.has(version.tableId)) active.set(version.tableId, version);
    return [...active.values()];
  }

  findByPublishKey(publishKey: string): Promise<DecisionTableVersion | null> {
    return this.versions.findOne({ publishKey }, { _id: 0 }).lean<DecisionTableVersion>().exec();
  }

  /** False when the (tableId, version) or the publish key is taken: another publisher or replica got there first. */
  async insert(version: NewTableVersion): Promise<boolean> {
    try {
      await this.versions.create({ ...version, audited: false });
      return true;
    } catch (error) {
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  async markAudited(tableId: string, version: number): Promise<void> {
    await this.versions.updateOne({ tableId, version }, { $set: { audited: true } });
  }

  findUnaudited(): Promise<DecisionTableVersion[]> {
    return this.versions.find({ audited: false }, { _id: 0 }).lean<DecisionTableVersion[]>().exec();
  }
}
