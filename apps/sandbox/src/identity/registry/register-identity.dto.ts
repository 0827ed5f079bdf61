import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsAadhaar, IsCalendarDate, IsCkycNumber, IsPan } from '../identity-field.validators.js';
import type { Gender, PanStatus } from './identity-record.js';
import { ADDRESS_STYLES, NAME_VARIATIONS, type AddressStyle, type NameVariation } from './variation.constants.js';

const PERSON_NAME = /^[\p{L}][\p{L} .'-]{1,99}$/u;

export class RegisteredAddressDto {
  @IsString() @Length(1, 200) line1: string;
  @IsOptional() @IsString() @MaxLength(200) line2?: string;
  @IsString() @Length(1, 80) city: string;
  @IsString() @Length(1, 80) state: string;
  @Matches(/^[1-9]\d{5}$/, { message: 'pincode must be 6 digits, not starting with 0' }) pincode: string;
}

/** Pins how each source shows the name (and how UIDAI shows the address) instead of the hash's choice. */
export class PinnedVariationsDto {
  @IsOptional() @IsIn(NAME_VARIATIONS) pan?: NameVariation;
  @IsOptional() @IsIn(NAME_VARIATIONS) aadhaar?: NameVariation;
  @IsOptional() @IsIn(NAME_VARIATIONS) ckyc?: NameVariation;
  @IsOptional() @IsIn(ADDRESS_STYLES) address?: AddressStyle;
}

/** Where the person can be found in CKYC; everything defaults to true. */
export class CkycPresenceDto {
  @IsOptional() @IsBoolean() searchableByPan?: boolean;
  @IsOptional() @IsBoolean() searchableByNameDob?: boolean;
  @IsOptional() @IsBoolean() present?: boolean;
}

export class RegisterIdentityDto {
  @IsAadhaar() aadhaar: string;
  @IsPan() pan: string;
  @Matches(PERSON_NAME, { message: "name must be 2-100 letters, spaces and . ' -" }) name: string;
  @IsCalendarDate() dob: string;
  @IsIn(['M', 'F', 'T']) gender: Gender;
  @ValidateNested() @Type(() => RegisteredAddressDto) address: RegisteredAddressDto;
  /** The address UIDAI still holds when the person moved without updating Aadhaar; by default `address`. */
  @IsOptional() @ValidateNested() @Type(() => RegisteredAddressDto) aadhaarAddress?: RegisteredAddressDto;
  @IsOptional() @IsCkycNumber() ckycNumber?: string;
  @IsOptional() @Matches(PERSON_NAME, { message: "fatherName must be 2-100 letters, spaces and . ' -" }) fatherName?: string;
  @IsOptional() @IsIn(['VALID', 'DEACTIVATED']) panStatus?: PanStatus;
  @IsOptional() @IsBoolean() aadhaarSeeded?: boolean;
  @IsOptional() @ValidateNested() @Type(() => PinnedVariationsDto) variation?: PinnedVariationsDto;
  @IsOptional() @ValidateNested() @Type(() => CkycPresenceDto) ckyc?: CkycPresenceDto;
}
