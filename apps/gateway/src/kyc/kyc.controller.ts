import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, RpcClient, type AuthenticatedUser } from '@los/common';
import { MessagePattern, type IdentityMatchRequest, type MatchReply, type NameMatchRequest, ErrorCode } from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { IdentityMatchDto, NameMatchDto } from './dto/match.dto.js';
import { RequestAadhaarOtpDto } from './dto/request-aadhaar-otp.dto.js';
import { SubmitKycDto } from './dto/submit-kyc.dto.js';
import { KycService } from './kyc.service.js';
import { AadhaarOtpView, KycAcceptedView, KycStatusView, MatchView } from './kyc.views.js';

@ApiTags('kyc')
@Controller('v1')
export class KycController {
  constructor(
    private readonly kyc: KycService,
    private readonly rpc: RpcClient,
  ) {}

  @Post('applications/:id/kyc/aadhaar-otp')
  @ApiOperation({ operationId: 'requestAadhaarOtp', summary: 'Send an Aadhaar OTP to the applicant' })
  @HttpCode(201)
  @RequirePermissions(Permission.KycSubmit)
  @ApiCreatedResponse({ type: AadhaarOtpView })
  @ApiErrors(400, 401, 403, 404, 409, 429, 503, 504, ErrorCode.InvalidTransition, ErrorCode.KycAttemptsExceeded)
  requestAadhaarOtp(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: RequestAadhaarOtpDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.kyc.requestAadhaarOtp(user, id, body, request.id);
  }

  @Post('applications/:id/kyc')
  @ApiOperation({ operationId: 'submitKyc', summary: 'Submit KYC with the Aadhaar OTP' })
  @HttpCode(202)
  @RequirePermissions(Permission.KycSubmit)
  @ApiAcceptedResponse({ type: KycAcceptedView })
  @ApiErrors(
    400,
    401,
    403,
    404,
    409,
    422,
    429,
    503,
    504,
    ErrorCode.InvalidTransition,
    ErrorCode.InvalidAadhaar,
    ErrorCode.KycIdentityMismatch,
    ErrorCode.KycOtpRequestInvalid,
    ErrorCode.KycAttemptsExceeded,
    ErrorCode.IdempotencyKeyReused,
  )
  submit(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: SubmitKycDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ) {
    return this.kyc.submit(user, id, body, request.id);
  }

  @Get('applications/:id/kyc')
  @ApiOperation({ operationId: 'getKycStatus', summary: "Read an application's KYC status" })
  @RequirePermissions(Permission.KycRead)
  @ApiOkResponse({ type: KycStatusView })
  @ApiErrors(400, 401, 403, 404, 503, 504)
  status(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser, @Req() request: FastifyRequest) {
    return this.kyc.status(user, id, request.id);
  }

  @Post('kyc/name-match')
  @ApiOperation({ operationId: 'matchNames', summary: 'Score how well two names match (staff tool)' })
  @HttpCode(200)
  @RequirePermissions(Permission.KycMatch)
  @ApiOkResponse({ type: MatchView })
  @ApiErrors(400, 401, 403, 503, 504)
  nameMatch(@Body() body: NameMatchDto, @Req() request: FastifyRequest): Promise<MatchReply> {
    const payload: NameMatchRequest = { name1: body.name1, name2: body.name2 };
    return this.rpc.send(MessagePattern.KycNameMatch, { correlationId: request.id, payload });
  }

  @Post('kyc/identity-match')
  @ApiOperation({ operationId: 'matchIdentities', summary: 'Score how well two identities match (staff tool)' })
  @HttpCode(200)
  @RequirePermissions(Permission.KycMatch)
  @ApiOkResponse({ type: MatchView })
  @ApiErrors(400, 401, 403, 503, 504)
  identityMatch(@Body() body: IdentityMatchDto, @Req() request: FastifyRequest): Promise<MatchReply> {
    const payload: IdentityMatchRequest = { applicant: { ...body.applicant }, source: { ...body.source } };
    return this.rpc.send(MessagePattern.KycIdentityMatch, { correlationId: request.id, payload });
  }
}
