import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ApplicationStatus } from '@los/contracts';

/** The command an application waits on: recorded in the outbox, not completed yet. */
export class PendingCommandView {
  @ApiProperty() commandId: string;
  @ApiProperty({ example: 'kyc.cmd.verify.v1' }) pattern: string;
  @ApiProperty({ enum: ['PENDING', 'DELIVERED'], description: 'PENDING: not acknowledged by its receiver yet' }) status: string;
  @ApiProperty({ description: 'Re-drives so far (sweeper and operators)' }) attempts: number;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Error code of the last failed delivery' }) lastError: string | null;
  @ApiProperty({ description: 'When the sweeper re-drives it next' }) dueAt: string;
  @ApiProperty() createdAt: string;
}

export class StuckApplicationView {
  @ApiProperty() applicationId: string;
  @ApiProperty({ enum: ApplicationStatus }) status: ApplicationStatus;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'The lender, for lender steps' }) partnerCode: string | null;
  @ApiProperty({ description: 'When the application entered its status' }) since: string;
  @ApiProperty() stuckForMs: number;
  @ApiProperty({ description: 'The maximum dwell time of the status' }) dwellLimitMs: number;
  @ApiPropertyOptional({ nullable: true, type: PendingCommandView }) pendingCommand: PendingCommandView | null;
}

export class StuckApplicationListView {
  @ApiProperty({ type: [StuckApplicationView], description: 'Longest in their status first' }) items: StuckApplicationView[];
  @ApiProperty() limit: number;
}

/** What a re-drive sent: the pending command again, with its next attempt number. */
export class RedriveReceiptView {
  @ApiProperty() applicationId: string;
  @ApiProperty({ enum: ApplicationStatus }) status: ApplicationStatus;
  @ApiProperty() commandId: string;
  @ApiProperty() pattern: string;
  @ApiProperty() attempt: number;
  @ApiProperty() redrivenBy: string;
  @ApiProperty() redrivenAt: string;
}
