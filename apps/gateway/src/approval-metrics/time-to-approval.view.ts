import { ApiProperty } from '@nestjs/swagger';

export class DurationStatsView {
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Seconds' }) meanSeconds: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Seconds, nearest rank' }) p50Seconds: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Seconds, nearest rank' }) p90Seconds: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Share approved within two hours of creation, 0..1' })
  withinTwoHoursShare: number | null;
}

export class TimeToApprovalView {
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: DurationStatsView }) all: DurationStatsView;
  @ApiProperty({ type: DurationStatsView, description: 'Never in MANUAL_REVIEW' }) automatic: DurationStatsView;
  @ApiProperty({ type: DurationStatsView, description: 'Passed through MANUAL_REVIEW' }) manual: DurationStatsView;
}
