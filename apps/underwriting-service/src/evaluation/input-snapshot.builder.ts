import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppException, RpcClient, type UnderwritingConfig } from '@los/common';
import {
  ErrorCode,
  MessagePattern,
  type KeyFactStatement,
  type KfsRequest,
  type KycStatusReply,
  type KycStatusRequest,
  type UnderwritingEvaluateCommand,
  type UnderwritingInput,
} from '@los/contracts';
import { BureauReportClient } from '../bureau/bureau-report.client.js';
import { ageAtMaturityOf, existingEmisOf, foirOf } from './underwriting-ratios.js';

/**
 * Gathers one evaluation's input: the application's facts from the command, the accepted offer's terms (offer-service),
 * the KYC decision and score (kyc-service) and the bureau report. A service that does not answer fails the attempt
 * (retried); an offer that is not the accepted one is refused (4xx). The bureau alone may be missing (null).
 * Those services are waited for UNDERWRITING_INPUT_TIMEOUT_MS, not the interactive RPC timeout: a job has no caller
 * waiting, and when the services answer slowly under load a short wait would fail every attempt and decide nothing.
 */
@Injectable()
export class InputSnapshotBuilder {
  private readonly timeoutMs: number;

  constructor(
    private readonly rpc: RpcClient,
    private readonly bureau: BureauReportClient,
    @Inject(APP_CONFIG) config: Pick<UnderwritingConfig, 'UNDERWRITING_INPUT_TIMEOUT_MS'>,
  ) {
    this.timeoutMs = config.UNDERWRITING_INPUT_TIMEOUT_MS;
  }

  async build(command: UnderwritingEvaluateCommand, correlationId: string, today = new Date()): Promise<UnderwritingInput> {
    const { applicationId, applicant } = command;
    const [kfs, kyc, bureau] = await Promise.all([
      this.rpc.send<KeyFactStatement>(
        MessagePattern.OfferKfs,
        { correlationId, payload: { applicationId } satisfies KfsRequest },
        this.timeoutMs,
      ),
      this.kycOf(applicationId, correlationId, command.kycStatus),
      this.bureau.reportOf(applicant.pan, applicationId),
    ]);
    if (kfs.offerId !== command.offerId) {
      throw new AppException(ErrorCode.Conflict, 'The offer to evaluate is not the accepted offer of the application');
    }
    const foir = foirOf(applicant.monthlyIncome, [existingEmisOf(applicant.existingEmiMonthly, bureau?.activeEmiMonthly), kfs.terms.emi]);
    if (foir === null) throw new AppException(ErrorCode.InvalidInput, 'The application declares no monthly income');
    return {
      applicationId,
      product: command.product,
      lender: command.partnerCode,
      applicant: {
        employmentType: applicant.employmentType,
        monthlyIncome: applicant.monthlyIncome,
        pincode: applicant.pincode,
        ageAtMaturity: ageAtMaturityOf(applicant.dob, kfs.terms.tenureMonths, today),
      },
      loan: {
        // What is lent is the accepted offer, whatever was first asked for.
        amount: kfs.terms.amount,
        tenureMonths: kfs.terms.tenureMonths,
        emi: kfs.terms.emi,
        offeredAmount: kfs.terms.amount,
        offeredTenureMonths: kfs.terms.tenureMonths,
      },
      kyc,
      bureau,
      foir,
      documents: [...command.documents].sort(),
    };
  }

  /** kyc-service's latest result; without one (a KYC from before it kept results) the gateway's status, unscored. */
  private async kycOf(applicationId: string, correlationId: string, fallback: string): Promise<UnderwritingInput['kyc']> {
    try {
      const reply = await this.rpc.send<KycStatusReply>(
        MessagePattern.KycStatus,
        { correlationId, payload: { applicationId } satisfies KycStatusRequest },
        this.timeoutMs,
      );
      return { decision: reply.status, score: reply.score };
    } catch (error) {
      if (error instanceof AppException && error.code === ErrorCode.NotFound) return { decision: fallback, score: null };
      throw error;
    }
  }
}
