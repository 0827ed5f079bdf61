import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ApplicationExtra } from './application-extra.schema.js';

@Injectable()
export class ApplicationExtrasRepository {
  constructor(@InjectModel(ApplicationExtra.name) private readonly extras: Model<ApplicationExtra>) {}

  async save(applicationId: string, extra: Record<string, unknown>): Promise<void> {
    await this.extras.updateOne({ applicationId }, { $set: { extra } }, { upsert: true });
  }

  async findByApplicationId(applicationId: string): Promise<Record<string, unknown> | undefined> {
    const document = await this.extras.findOne({ applicationId }).lean();
    return document?.extra;
  }
}
