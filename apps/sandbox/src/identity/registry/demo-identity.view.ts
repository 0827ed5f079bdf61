import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DemoOutcome, type DemoIdentity } from './demo-identities.constants.js';

export class DemoAddressView {
  @ApiProperty() line1: string;
  @ApiPropertyOptional() line2?: string;
  @ApiProperty() city: string;
  @ApiProperty() state: string;
  @ApiProperty() pincode: string;
}

/** A ready-made person: apply with these details, take KYC with this Aadhaar (OTP 123456), and see `triggers`. */
export class DemoIdentityView {
  @ApiProperty({ example: 'verified' }) key: string;
  @ApiProperty({ enum: DemoOutcome }) triggers: DemoOutcome;
  @ApiProperty() description: string;
  @ApiProperty({ example: 'ZZZPQ0750Q' }) pan: string;
  @ApiProperty({ example: '555000000019' }) aadhaar: string;
  @ApiProperty({ example: 'Asha Verma' }) name: string;
  @ApiProperty({ example: '1990-04-21' }) dob: string;
  @ApiProperty({ enum: ['M', 'F', 'T'] }) gender: string;
  @ApiProperty({ type: DemoAddressView }) address: DemoAddressView;
}

export function toDemoIdentityView({ key, triggers, description, registration }: DemoIdentity): DemoIdentityView {
  const { pan, aadhaar, name, dob, gender, address } = registration;
  return { key, triggers, description, pan, aadhaar, name, dob, gender, address: { ...address } };
}
