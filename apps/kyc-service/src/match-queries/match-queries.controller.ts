import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { parseMessage } from '@los/common';
import { IdentityMatchRequest, MessagePattern as Pattern, NameMatchRequest, QueryEnvelope, type MatchReply } from '@los/contracts';
import { matchIdentity, matchNames } from '../matching/index.js';
import { identityInputOf } from './identity-match.request-mapper.js';

/** Stateless, in-memory comparisons; the name matcher caches parsed names, so repeats are cheap. */
@Controller()
export class MatchQueriesController {
  @MessagePattern(Pattern.KycNameMatch)
  nameMatch(@Payload() message: unknown): MatchReply {
    const { payload } = parseMessage(QueryEnvelope, message);
    const { name1, name2 } = parseMessage(NameMatchRequest, payload);
    return matchNames(name1, name2);
  }

  @MessagePattern(Pattern.KycIdentityMatch)
  identityMatch(@Payload() message: unknown): MatchReply {
    const { payload } = parseMessage(QueryEnvelope, message);
    const { applicant, source } = parseMessage(IdentityMatchRequest, payload);
    return matchIdentity(identityInputOf(applicant, 'applicant'), identityInputOf(source, 'source'));
  }
}
