import { Body, Controller, HttpCode, Ip, Post, Res, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { AUTH_BODY_BYTES, BodyLimit, CurrentUser, NoIdempotency, Public, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { RateLimitGuard } from '../rate-limit/rate-limit.guard.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { ApiRateLimit } from '../rate-limit/api-rate-limit.decorator.js';
import type { FastifyReply } from 'fastify';
import { AccountLockedException } from './account-locked.exception.js';
import { AuthService } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';
import { LogoutDto } from './dto/logout.dto.js';
import { RefreshDto } from './dto/refresh.dto.js';
import { RegisterDto } from './dto/register.dto.js';
import { TokenPairView } from './token-pair.view.js';

@ApiTags('auth')
@NoIdempotency()
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('register')
  @ApiOperation({ operationId: 'registerBorrower', summary: 'Register a borrower account and sign in' })
  @BodyLimit(AUTH_BODY_BYTES)
  @Public()
  @UseGuards(RateLimitGuard)
  @SkipThrottle({ preview: true, webhook: true })
  @ApiRateLimit('default')
  @ApiCreatedResponse({ type: TokenPairView })
  @ApiErrors(400, 409, 413, 429, ErrorCode.EmailTaken, ErrorCode.WeakPassword, ErrorCode.InvalidEmail)
  register(@Body() body: RegisterDto): Promise<TokenPairView> {
    return this.auth.register(body);
  }

  @Post('login')
  @ApiOperation({ operationId: 'login', summary: 'Sign in with email and password' })
  @BodyLimit(AUTH_BODY_BYTES)
  @HttpCode(200)
  @Public()
  @UseGuards(RateLimitGuard)
  @SkipThrottle({ preview: true, webhook: true })
  @ApiRateLimit('default')
  @ApiOkResponse({ type: TokenPairView })
  @ApiErrors(400, 401, 413, 429, ErrorCode.InvalidCredentials, ErrorCode.AccountLocked)
  async login(@Body() body: LoginDto, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<TokenPairView> {
    try {
      return await this.auth.login(body, ip);
    } catch (error) {
      if (error instanceof AccountLockedException) void reply.header('Retry-After', error.retryAfterSeconds);
      throw error;
    }
  }

  @Post('refresh')
  @ApiOperation({ operationId: 'refreshTokens', summary: 'Exchange a refresh token for a new token pair' })
  @BodyLimit(AUTH_BODY_BYTES)
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: TokenPairView })
  @ApiErrors(400, 401)
  refresh(@Body() body: RefreshDto): Promise<TokenPairView> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @ApiOperation({ operationId: 'logout', summary: 'Sign out: revoke the refresh token and deny the access token' })
  @BodyLimit(AUTH_BODY_BYTES)
  @HttpCode(204)
  @RequirePermissions()
  @ApiNoContentResponse()
  @ApiErrors(400, 401)
  async logout(@Body() body: LogoutDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.auth.logout(user, body.refreshToken);
  }
}
