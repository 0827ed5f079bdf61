import { IsString, Matches } from 'class-validator';

export class OceanCallbackTargetDto {
  /** Where OCEAN posts its signed callbacks; empty stops them. */
  @IsString() @Matches(/^(https?:\/\/.+)?$/) url: string;
}

export class OceanClientKeyDto {
  /** Our RSA public key (SPKI PEM) that every request's detached JWS must verify against. */
  @IsString() @Matches(/^-----BEGIN PUBLIC KEY-----[\s\S]+-----END PUBLIC KEY-----\s*$/) publicKeyPem: string;
}

export class ForceOceanStatusDto {
  /** Any word, mapped or not: tests use it to see an unknown status refused. */
  @IsString() @Matches(/^[A-Za-z_]{1,40}$/) status: string;
}
