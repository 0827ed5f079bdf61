import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { DecideUnderwritingReviewDto } from './dto/decide-underwriting-review.dto.js';
import { ListLimitQuery } from '../common/pagination/list-limit.query.js';
import {
  UnderwritingReviewClaimView,
  UnderwritingReviewDecisionView,
  UnderwritingReviewEvidenceView,
  UnderwritingReviewQueueView,
} from './underwriting-review.views.js';
import { ClaimUnderwritingReviewUseCase } from './usecases/claim-underwriting-review/claim-underwriting-review.usecase.js';
import { DecideUnderwritingReviewUseCase } from './usecases/decide-underwriting-review/decide-underwriting-review.usecase.js';
import { GetUnderwritingReviewEvidenceUseCase } from './usecases/get-underwriting-review-evidence/get-underwriting-review-evidence.usecase.js';
import { ListUnderwritingReviewsUseCase } from './usecases/list-underwriting-reviews/list-underwriting-reviews.usecase.js';

@ApiTags('underwriting-reviews')
@Controller('v1/underwriting-reviews')
@RequirePermissions(Permission.UnderwritingReview)
export class UnderwritingReviewsController {
  constructor(
    private readonly list: ListUnderwritingReviewsUseCase,
    private readonly claimReview: ClaimUnderwritingReviewUseCase,
    private readonly evidence: GetUnderwritingReviewEvidenceUseCase,
    private readonly decideReview: DecideUnderwritingReviewUseCase,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listUnderwritingReviews', summary: 'List the applications referred to an underwriter' })
  @ApiOkResponse({ type: UnderwritingReviewQueueView, description: 'Applications in MANUAL_REVIEW, soonest deadline first' })
  @ApiErrors(400, 401, 403)
  queue(@Query() query: ListLimitQuery): Promise<UnderwritingReviewQueueView> {
    return this.list.execute(query.limit);
  }

  @Post(':applicationId/claim')
  @ApiOperation({ operationId: 'claimUnderwritingReview', summary: 'Claim an underwriting review for a while' })
  @HttpCode(200)
  @ApiOkResponse({ type: UnderwritingReviewClaimView, description: 'Yours until claimExpiresAt (UNDERWRITING_REVIEW_CLAIM_MS)' })
  @ApiErrors(
    400,
    401,
    403,
    404,
    409,
    ErrorCode.ReviewAlreadyClaimed,
    ErrorCode.ReviewAlreadyResolved,
    ErrorCode.InvalidTransition,
    ErrorCode.CheckerSameAsMaker,
  )
  claim(
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UnderwritingReviewClaimView> {
    return this.claimReview.execute({ applicationId, userId: user.id });
  }

  @Get(':applicationId')
  @ApiOperation({ operationId: 'getUnderwritingReview', summary: "Read an underwriting review's evidence" })
  @ApiOkResponse({ type: UnderwritingReviewEvidenceView, description: 'Never the Aadhaar number: only its last four digits' })
  @ApiErrors(400, 401, 403, 404)
  show(
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<UnderwritingReviewEvidenceView> {
    return this.evidence.execute(user, applicationId, request.id);
  }

  @Post(':applicationId/decide')
  @ApiOperation({
    operationId: 'decideUnderwritingReview',
    summary: 'Approve or reject a claimed review; a large approval waits for a second underwriter',
  })
  @HttpCode(200)
  @ApiOkResponse({
    type: UnderwritingReviewDecisionView,
    description: 'APPLIED: moved to LENDER_REVIEW (submitted to the lender) or REJECTED; AWAITING_CHECKER: the maker is recorded',
  })
  @ApiErrors(
    400,
    401,
    403,
    404,
    409,
    ErrorCode.UnsafeText,
    ErrorCode.ReviewNotClaimed,
    ErrorCode.ReviewAlreadyResolved,
    ErrorCode.InvalidTransition,
    ErrorCode.CheckerSameAsMaker,
  )
  decide(
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Body() body: DecideUnderwritingReviewDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<UnderwritingReviewDecisionView> {
    return this.decideReview.execute({ applicationId, userId: user.id, correlationId: request.id, ...body });
  }
}
