import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import type { KeyFactStatement, PartnerOfferResult } from '@los/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ErrorCode } from '@los/contracts';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ETagged } from '../common/etag/api-etag.decorator.js';
import { KeyFactStatementView, PartnerOfferView } from './offer.views.js';
import { OffersService } from './offers.service.js';

@ApiTags('offers')
@Controller('v1/applications/:id')
export class OffersController {
  constructor(private readonly offers: OffersService) {}

  @Get('offers')
  @ApiOperation({ operationId: 'listOffers', summary: "List every lender's offer for an application" })
  @RequirePermissions(Permission.OfferRead)
  @ApiOkResponse({ type: [PartnerOfferView], description: 'Every active lender; eligible ones ordered by APR' })
  @ApiErrors(400, 401, 403, 404, 409, 503, 504, ErrorCode.InvalidTransition, ErrorCode.OffersNotReady)
  async list(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<PartnerOfferResult[]> {
    return (await this.offers.offersFor(user, id, request.id)).results;
  }

  @Post('offers/:offerId/accept')
  @ApiOperation({ operationId: 'acceptOffer', summary: 'Accept an offer and receive the Key Fact Statement' })
  @HttpCode(200)
  @RequirePermissions(Permission.OfferAccept)
  @ApiOkResponse({ type: KeyFactStatementView })
  @ApiErrors(
    400,
    401,
    403,
    404,
    409,
    503,
    504,
    ErrorCode.OfferExpired,
    ErrorCode.OfferAlreadyAccepted,
    ErrorCode.InvalidTransition,
    ErrorCode.OfferNotFound,
  )
  accept(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('offerId', ParseUUIDPipe) offerId: string,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<KeyFactStatement> {
    return this.offers.accept(user, id, offerId, request.id);
  }

  @Get('kfs')
  @ApiOperation({ operationId: 'getKeyFactStatement', summary: 'Read the Key Fact Statement of the accepted offer' })
  @RequirePermissions(Permission.OfferRead)
  @ETagged()
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'html'] })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ type: KeyFactStatementView, description: 'Carries an ETag; If-None-Match with it answers 304 while unchanged' })
  @ApiErrors(400, 401, 403, 404, 409, 503, 504, ErrorCode.KfsNotAvailable)
  async kfs(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('format') format: string | undefined,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<KeyFactStatement | string> {
    const statement = await this.offers.kfs(user, id, request.id);
    if (format !== 'html') return statement;
    void reply.header('content-type', 'text/html; charset=utf-8');
    return statement.html;
  }
}
