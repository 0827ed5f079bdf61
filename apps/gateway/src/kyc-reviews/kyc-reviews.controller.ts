import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ListLimitQuery } from '../common/pagination/list-limit.query.js';
import { ResolveKycReviewDto } from './dto/resolve-kyc-review.dto.js';
import { KycReviewClaimView, KycReviewEvidenceView, KycReviewQueueView, KycReviewResolutionView } from './kyc-review.views.js';
import { ClaimKycReviewUseCase } from './usecases/claim-kyc-review/claim-kyc-review.usecase.js';
import { GetKycReviewEvidenceUseCase } from './usecases/get-kyc-review-evidence/get-kyc-review-evidence.usecase.js';
import { ListKycReviewsUseCase } from './usecases/list-kyc-reviews/list-kyc-reviews.usecase.js';
import { ResolveKycReviewUseCase } from './usecases/resolve-kyc-review/resolve-kyc-review.usecase.js';

@ApiTags('kyc-reviews')
@Controller('v1/kyc-reviews')
@RequirePermissions(Permission.KycReview)
export class KycReviewsController {
  constructor(
    private readonly list: ListKycReviewsUseCase,
    private readonly claimReview: ClaimKycReviewUseCase,
    private readonly evidence: GetKycReviewEvidenceUseCase,
    private readonly resolveReview: ResolveKycReviewUseCase,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listKycReviews', summary: 'List the KYC reviews waiting for a person' })
  @ApiOkResponse({ type: KycReviewQueueView, description: 'Applications in KYC_REVIEW, longest waiting first' })
  @ApiErrors(400, 401, 403, 503, 504)
  queue(@Query() query: ListLimitQuery, @Req() request: FastifyRequest): Promise<KycReviewQueueView> {
    return this.list.execute(query.limit, request.id);
  }

  @Post(':applicationId/claim')
  @ApiOperation({ operationId: 'claimKycReview', summary: 'Claim a KYC review for a while' })
  @HttpCode(200)
  @ApiOkResponse({ type: KycReviewClaimView, description: 'Yours until claimExpiresAt (KYC_REVIEW_CLAIM_MS)' })
  @ApiErrors(400, 401, 403, 404, 409, ErrorCode.ReviewAlreadyClaimed, ErrorCode.ReviewAlreadyResolved, ErrorCode.InvalidTransition)
  claim(@Param('applicationId', ParseUUIDPipe) applicationId: string, @CurrentUser() user: AuthenticatedUser): Promise<KycReviewClaimView> {
    return this.claimReview.execute({ applicationId, userId: user.id });
  }

  @Get(':applicationId')
  @ApiOperation({ operationId: 'getKycReview', summary: "Read a KYC review's evidence" })
  @ApiOkResponse({ type: KycReviewEvidenceView, description: 'Never the Aadhaar number: only its last four digits' })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  show(@Param('applicationId', ParseUUIDPipe) applicationId: string, @Req() request: FastifyRequest): Promise<KycReviewEvidenceView> {
    return this.evidence.execute(applicationId, request.id);
  }

  @Post(':applicationId/resolve')
  @ApiOperation({ operationId: 'resolveKycReview', summary: 'Resolve a claimed KYC review to verified or failed' })
  @HttpCode(200)
  @ApiOkResponse({ type: KycReviewResolutionView, description: 'The application moved to KYC_VERIFIED or KYC_FAILED' })
  @ApiErrors(400, 401, 403, 404, 409, ErrorCode.UnsafeText, ErrorCode.ReviewNotClaimed, ErrorCode.ReviewAlreadyResolved)
  resolve(
    @Param('applicationId', ParseUUIDPipe) applicationId: string,
    @Body() body: ResolveKycReviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<KycReviewResolutionView> {
    return this.resolveReview.execute({ applicationId, userId: user.id, ...body });
  }
}
