import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivePartnersCache } from './active-partners.cache.js';
import { PartnerRuleVersionEntity } from './partner-rule-version.entity.js';
import { PartnerRulesRepository } from './partner-rules.repository.js';
import { PartnerEntity } from './partner.entity.js';
import { PartnersController } from './partners.controller.js';
import { DiffPartnerRulesUseCase } from './usecases/diff-partner-rules/diff-partner-rules.usecase.js';
import { GetPartnerRulesUseCase } from './usecases/get-partner-rules/get-partner-rules.usecase.js';
import { ListPartnersUseCase } from './usecases/list-partners/list-partners.usecase.js';
import { PublishPartnerRulesUseCase } from './usecases/publish-partner-rules/publish-partner-rules.usecase.js';

@Module({
  imports: [TypeOrmModule.forFeature([PartnerEntity, PartnerRuleVersionEntity])],
  controllers: [PartnersController],
  providers: [
    PartnerRulesRepository,
    ActivePartnersCache,
    ListPartnersUseCase,
    GetPartnerRulesUseCase,
    DiffPartnerRulesUseCase,
    PublishPartnerRulesUseCase,
  ],
  exports: [PartnerRulesRepository, ActivePartnersCache],
})
export class PartnersModule {}
