import { Type } from 'class-transformer';
import { IsDateString, IsEnum, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ServiceName } from '../service-name.js';

/** A command recorded by its sender; `commandId` is the idempotency key every receiver enforces. */
export class CommandEnvelope<P extends object = object> {
  @IsUUID()
  commandId: string;

  @IsString()
  @Matches(/^[a-z-]+\.cmd\.[a-z-]+\.v\d+$/)
  pattern: string;

  @IsEnum(ServiceName)
  sender: ServiceName;

  @IsString()
  @MaxLength(128)
  correlationId: string;

  @IsDateString()
  issuedAt: string;

  @IsObject()
  payload: P;
}

/** A result reported back to the command's sender; `eventId` is derived from the command. */
export class ResultEvent<P extends object = object> {
  @IsString()
  @MaxLength(160)
  eventId: string;

  @IsUUID()
  commandId: string;

  @IsString()
  type: string;

  @IsString()
  @MaxLength(128)
  correlationId: string;

  @IsDateString()
  occurredAt: string;

  @IsObject()
  @Type(() => Object)
  payload: P;

  @IsOptional()
  @IsString()
  failureCode?: string;
}

export const resultEventIdOf = (commandId: string) => `${commandId}:result`;
