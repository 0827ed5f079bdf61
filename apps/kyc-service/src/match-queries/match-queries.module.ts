import { Module } from '@nestjs/common';
import { MatchQueriesController } from './match-queries.controller.js';

@Module({ controllers: [MatchQueriesController] })
export class MatchQueriesModule {}
