import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, RetryLaterException, type GatewayConfig } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { DataSource } from 'typeorm';
import type { ApplicationEntity } from '../applications/application.entity.js';
import { ATTEMPT_WINDOW_MS, retryAfterSeconds } from './attempt-window.js';

type Counted = 'kyc_submissions' | 'kyc_otp_requests';

/**
 * Each KYC attempt costs three provider calls and each OTP request a text message to the Aadhaar holder:
 * both are limited per application and per PAN (across applications) over a rolling day, counted from
 * the rows MySQL already keeps, so a restart or a second replica changes nothing.
 */
@Injectable()
export class KycAttemptLimits {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: GatewayConfig,
  ) {}

  assertSubmissionAllowed(application: ApplicationEntity, now = new Date()): Promise<void> {
    return this.assertAllowed('kyc_submissions', application, now, {
      perApplication: this.config.KYC_ATTEMPTS_PER_APPLICATION_DAY,
      perPan: this.config.KYC_ATTEMPTS_PER_PAN_DAY,
      what: 'KYC submissions',
    });
  }

  assertOtpRequestAllowed(application: ApplicationEntity, now = new Date()): Promise<void> {
    return this.assertAllowed('kyc_otp_requests', application, now, {
      perApplication: this.config.AADHAAR_OTP_PER_APPLICATION_DAY,
      perPan: this.config.AADHAAR_OTP_PER_PAN_DAY,
      what: 'Aadhaar OTP requests',
    });
  }

  private async assertAllowed(
    table: Counted,
    application: ApplicationEntity,
    now: Date,
    limits: { perApplication: number; perPan: number; what: string },
  ): Promise<void> {
    const since = new Date(now.getTime() - ATTEMPT_WINDOW_MS);
    const byApplication = await this.times(
      `SELECT created_at FROM ${table} WHERE application_id = ? AND created_at > ? ORDER BY created_at`,
      [application.id, since],
    );
    const applicationWait = retryAfterSeconds(byApplication, limits.perApplication, now);
    if (applicationWait !== null) {
      throw new RetryLaterException(
        ErrorCode.KycAttemptsExceeded,
        `At most ${limits.perApplication} ${limits.what} per application in 24 hours; retry after ${applicationWait} seconds`,
        applicationWait,
      );
    }
    const byPan = await this.times(
      `SELECT t.created_at FROM ${table} t JOIN applications a ON a.id = t.application_id
        WHERE a.pan = ? AND t.created_at > ? ORDER BY t.created_at`,
      [application.pan, since],
    );
    const panWait = retryAfterSeconds(byPan, limits.perPan, now);
    if (panWait !== null) {
      throw new RetryLaterException(
        ErrorCode.KycAttemptsExceeded,
        `At most ${limits.perPan} ${limits.what} for one PAN in 24 hours; retry after ${panWait} seconds`,
        panWait,
      );
    }
  }

  private async times(sql: string, parameters: unknown[]): Promise<Date[]> {
    const rows: { created_at: Date }[] = await this.dataSource.query(sql, parameters);
    return rows.map((row) => new Date(row.created_at));
  }
}
