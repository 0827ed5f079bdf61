import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { CurrentUser, NoIdempotency, Public, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ApiErrors } from '../common/api-errors.decorator.js';
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
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ preview: true, webhook: true })
  @ApiCreatedResponse({ type: TokenPairView })
  @ApiErrors(400, 409, 429)
  register(@Body() body: RegisterDto): Promise<TokenPairView> {
    return this.auth.register(body);
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @SkipThrottle({ preview: true, webhook: true })
  @ApiOkResponse({ type: TokenPairView })
  @ApiErrors(400, 401, 429)
  login(@Body() body: LoginDto): Promise<TokenPairView> {
    return this.auth.login(body);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public()
  @ApiOkResponse({ type: TokenPairView })
  @ApiErrors(400, 401)
  refresh(@Body() body: RefreshDto): Promise<TokenPairView> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @RequirePermissions()
  @ApiNoContentResponse()
  @ApiErrors(400, 401)
  async logout(@Body() body: LogoutDto, @CurrentUser() user: AuthenticatedUser): Promise<void> {
    await this.auth.logout(user.id, body.refreshToken);
  }
}
