import { Module } from '@nestjs/common';
import { DecisionTablesController } from './decision-tables.controller.js';

@Module({ controllers: [DecisionTablesController] })
export class DecisionTablesModule {}
