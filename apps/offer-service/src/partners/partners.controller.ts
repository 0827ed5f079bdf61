import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import {
  MessagePattern as Pattern,
  PartnerCodeRequest,
  PartnerRulesDiffRequest,
  PublishPartnerRulesRequest,
  QueryEnvelope,
} from '@los/contracts';
import type { PartnerRulesView, PartnerSummaryView, PublishedRulesView, RulesDiffView } from './partner-rules.views.js';
import { DiffPartnerRulesUseCase } from './usecases/diff-partner-rules/diff-partner-rules.usecase.js';
import { GetPartnerRulesUseCase } from './usecases/get-partner-rules/get-partner-rules.usecase.js';
import { ListPartnersUseCase } from './usecases/list-partners/list-partners.usecase.js';
import { PublishPartnerRulesUseCase } from './usecases/publish-partner-rules/publish-partner-rules.usecase.js';

@Controller()
export class PartnersController {
  constructor(
    private readonly listPartners: ListPartnersUseCase,
    private readonly getPartnerRules: GetPartnerRulesUseCase,
    private readonly diffPartnerRules: DiffPartnerRulesUseCase,
    private readonly publishPartnerRules: PublishPartnerRulesUseCase,
  ) {}

  @MessagePattern(Pattern.PartnerList)
  list(@Payload() message: unknown): Promise<PartnerSummaryView[]> {
    parseMessage(QueryEnvelope, message);
    return this.listPartners.execute();
  }

  @MessagePattern(Pattern.PartnerRules)
  rules(@Payload() message: unknown): Promise<PartnerRulesView> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.getPartnerRules.execute(parseMessage(PartnerCodeRequest, payload).partnerCode);
  }

  @MessagePattern(Pattern.PartnerRulesDiff)
  diff(@Payload() message: unknown): Promise<RulesDiffView> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.diffPartnerRules.execute(parseMessage(PartnerRulesDiffRequest, payload));
  }

  @MessagePattern(Pattern.PartnerRulesPublish)
  publish(@Payload() message: unknown): Promise<PublishedRulesView> {
    const { payload } = parseMessage(QueryEnvelope, message);
    return this.publishPartnerRules.execute(parseMessage(PublishPartnerRulesRequest, payload));
  }
}
