import { IsString, IsUUID, Length } from 'class-validator';
import type { UnderwritingInput } from './underwriting-input.js';

/** `underwriting.qry.snapshot.v1`: one input snapshot of an application (a decision names its snapshotId). */
export class UnderwritingSnapshotRequest {
  @IsUUID() applicationId: string;
  @IsString() @Length(1, 100) snapshotId: string;
}

/** The facts as the engine saw them: the bureau report's facts, FOIR, the loan; no identity numbers. */
export interface UnderwritingSnapshotReply {
  snapshotId: string;
  input: UnderwritingInput;
}
