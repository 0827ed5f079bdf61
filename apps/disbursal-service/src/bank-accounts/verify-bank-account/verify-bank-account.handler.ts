import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AppException, DurableCommandHandler, RpcClient, type CommandHandler, type CommandOutcome } from '@los/common';
import {
  ErrorCode,
  EventType,
  MessagePattern,
  VerifyBankAccountCommand,
  type BankAccountVerifiedEvent,
  type CommandEnvelope,
  type MatchReply,
  type NameMatchRequest,
} from '@los/contracts';
import { IsNull, type Repository } from 'typeorm';
import { BankAccountEntity } from '../bank-account.entity.js';
import { AccountNumberVault } from '../vault/account-number-vault.js';
import { PennyDropProvider } from './penny-drop.client.js';
import { outcomeOfMissingAccount, outcomeOfNameMatch } from './verification-outcome.policy.js';

/**
 * `disbursal.cmd.verify-bank-account.v1`: a penny drop to the stored account, then the bank's name for it matched
 * with the KYC name by kyc-service's engine. The outcome is stored once; a re-run reports it without a second drop.
 * An unavailable provider or kyc-service throws, so the durable path retries; an unknown account is refused (4xx).
 */
@Injectable()
@DurableCommandHandler(MessagePattern.DisbursalVerifyBankAccount)
export class VerifyBankAccountHandler implements CommandHandler<VerifyBankAccountCommand> {
  readonly payloadClass = VerifyBankAccountCommand;
  private readonly logger = new Logger(VerifyBankAccountHandler.name);

  constructor(
    @InjectRepository(BankAccountEntity) private readonly accounts: Repository<BankAccountEntity>,
    private readonly vault: AccountNumberVault,
    private readonly pennyDrop: PennyDropProvider,
    private readonly rpc: RpcClient,
  ) {}

  async execute(command: VerifyBankAccountCommand, envelope: CommandEnvelope<VerifyBankAccountCommand>): Promise<CommandOutcome> {
    const account = await this.accounts.findOneBy({ id: command.accountId, applicationId: command.applicationId });
    if (!account) throw new AppException(ErrorCode.NotFound, 'No such bank account for this application');
    if (account.verificationStatus) return outcomeOf(account);

    const answer = await this.pennyDrop.verify({
      // The account id is the provider's request id: a retried drop is the same request, not a second rupee.
      requestId: account.id,
      ifsc: account.ifsc,
      accountNumber: this.vault.open(account.id, account),
    });
    const match = answer.registeredName ? await this.nameMatch(command.kycName, answer.registeredName, envelope.correlationId) : null;
    const outcome = match ? outcomeOfNameMatch(match.decision) : outcomeOfMissingAccount(answer.failureReason);
    await this.accounts.update(
      { id: account.id, verificationStatus: IsNull() },
      {
        verificationStatus: outcome.status,
        verificationReason: outcome.reason,
        registeredName: answer.registeredName?.slice(0, 100) ?? null,
        nameMatchDecision: match?.decision ?? null,
        nameMatchScore: match ? Math.round(match.score) : null,
        bankReference: answer.bankReference,
        verifiedAt: new Date(),
      },
    );
    const stored = await this.accounts.findOneByOrFail({ id: account.id });
    this.logger.log(
      {
        applicationId: stored.applicationId,
        accountId: stored.id,
        accountLast4: stored.accountLast4,
        status: stored.verificationStatus,
        reason: stored.verificationReason,
        correlationId: envelope.correlationId,
      },
      'Bank account verified',
    );
    return outcomeOf(stored);
  }

  private nameMatch(kycName: string, registeredName: string, correlationId: string): Promise<MatchReply> {
    const payload: NameMatchRequest = { name1: kycName, name2: registeredName };
    return this.rpc.send<MatchReply>(MessagePattern.KycNameMatch, { correlationId, payload });
  }
}

function outcomeOf(account: BankAccountEntity): CommandOutcome {
  const payload: BankAccountVerifiedEvent = {
    applicationId: account.applicationId,
    accountId: account.id,
    status: account.verificationStatus!,
    accountLast4: account.accountLast4,
    ...(account.verificationReason ? { reason: account.verificationReason } : {}),
    ...(account.nameMatchDecision && account.nameMatchScore !== null
      ? { nameMatch: { decision: account.nameMatchDecision, score: account.nameMatchScore } }
      : {}),
  };
  return { type: EventType.BankAccountVerified, payload };
}
