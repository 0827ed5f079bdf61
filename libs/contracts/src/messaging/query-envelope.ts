import { IsObject, IsString, MaxLength } from 'class-validator';

/** A read-only request/reply message; queries change nothing, so they carry no idempotency key. */
export class QueryEnvelope<P extends object = object> {
  @IsString()
  @MaxLength(128)
  correlationId: string;

  @IsObject()
  payload: P;
}
