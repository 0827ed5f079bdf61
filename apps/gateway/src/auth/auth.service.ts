import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessTokenDenyList, AppException, type AuthenticatedUser } from '@los/common';
import { ErrorCode, Role } from '@los/contracts';
import type { DataSource } from 'typeorm';
import { DECOY_HASH, verifyPassword } from '../users/password-hasher.js';
import { UsersService } from '../users/users.service.js';
import { AccountLockedException } from './account-locked.exception.js';
import type { LoginDto } from './dto/login.dto.js';
import type { RegisterDto } from './dto/register.dto.js';
import type { TokenPairView } from './token-pair.view.js';
import { LoginLockoutService } from './login-lockout.service.js';
import { TokenService } from './token.service.js';

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly users: UsersService,
    private readonly tokens: TokenService,
    private readonly lockout: LoginLockoutService,
    private readonly denyList: AccessTokenDenyList,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async register(dto: RegisterDto): Promise<TokenPairView> {
    const user = await this.users.create({ ...dto, role: Role.Applicant }, null);
    return this.tokens.issue(user);
  }

  /**
   * The same answer and about the same time whether the email is unknown or the password wrong. A locked
   * account refuses even the right password; failures are logged with the account's keyed hash, never the password.
   */
  async login({ email, password }: LoginDto, clientIp: string): Promise<TokenPairView> {
    const account = this.lockout.accountKey(email);
    const attempt = await this.lockout.begin(account);
    if (attempt.lockedForSeconds > 0) {
      this.logger.warn(
        { event: 'login.locked', account, ip: clientIp, retryAfterSeconds: attempt.lockedForSeconds },
        'Login refused: account locked',
      );
      throw new AccountLockedException(attempt.lockedForSeconds);
    }
    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
    if (!user || !valid) {
      const locked = await this.lockout.failed(account, attempt);
      this.logger.warn(
        { event: 'login.failed', account, userId: user?.id ?? null, ip: clientIp, failures: attempt.number, locked },
        'Login failed',
      );
      throw new AppException(ErrorCode.InvalidCredentials, 'Email or password is incorrect');
    }
    await this.lockout.succeeded(account);
    return this.tokens.issue(user);
  }

  async refresh(refreshToken: string): Promise<TokenPairView> {
    // The revocation of a reused token's family must commit, so the refusal comes after the transaction.
    const issued = await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(refreshToken, manager);
      if (typeof used === 'string') return null;
      const user = await this.users.findById(used.userId);
      return user ? this.tokens.issue(user, used.familyId, manager) : null;
    });
    if (!issued) throw new AppException(ErrorCode.Unauthorized, 'The refresh token is invalid or expired');
    return issued;
  }

  /**
   * Revokes the presented refresh token's family, or every session of the caller when none is given, and
   * ends the access token the call came with (other sessions' access tokens run out within their lifetime).
   */
  async logout(user: AuthenticatedUser, refreshToken?: string): Promise<void> {
    const token = refreshToken ? await this.tokens.findFamilyOf(refreshToken) : null;
    if (token && token.userId === user.id) await this.tokens.revokeFamily(token.familyId);
    else await this.tokens.revokeAllOf(user.id);
    if (user.token) await this.denyList.deny(user.token.id, user.token.expiresAt);
  }
}
