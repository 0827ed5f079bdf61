import { IsInt, IsObject, IsString, Length, Matches, Max, Min } from 'class-validator';
import { DECISION_TABLE_ID } from './decision-table-id.js';

/** Payload of the decision table queries that name one table. */
export class DecisionTableIdRequest {
  @Matches(DECISION_TABLE_ID) tableId: string;
}

export class DecisionTableVersionRequest extends DecisionTableIdRequest {
  @IsInt() @Min(1) version: number;
}

export class DecisionTableDiffRequest extends DecisionTableIdRequest {
  @IsInt() @Min(1) from: number;
  @IsInt() @Min(1) to: number;
}

/** Publishes `content` (JDM JSON) as the table's next version; refused with DECISION_TABLE_INVALID when invalid. */
export class PublishDecisionTableRequest extends DecisionTableIdRequest {
  @IsObject() content: Record<string, unknown>;
  @IsString() @Length(3, 500) reason: string;
  @IsString() @Length(1, 80) actor: string;
}

/** Publishes the content of an earlier version as the next version. */
export class RollbackDecisionTableRequest extends DecisionTableIdRequest {
  @IsInt() @Min(1) toVersion: number;
  @IsString() @Length(3, 500) reason: string;
  @IsString() @Length(1, 80) actor: string;
}

export const MAX_SIMULATED_APPLICATIONS = 500;

/** Evaluates a draft against the input snapshots of the table's last `lastN` decided applications. */
export class SimulateDecisionTableRequest extends DecisionTableIdRequest {
  @IsObject() content: Record<string, unknown>;
  @IsInt() @Min(1) @Max(MAX_SIMULATED_APPLICATIONS) lastN: number;
}
