import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Role } from '@los/contracts';
import type { UserEntity } from './user.entity.js';

export class UserView {
  @ApiProperty() id: string;
  @ApiProperty() email: string;
  @ApiProperty() fullName: string;
  @ApiProperty({ enum: Role }) role: Role;
  @ApiPropertyOptional({ nullable: true, type: String }) partnerCode: string | null;
  @ApiProperty() createdAt: string;
}

export function toUserView(user: UserEntity): UserView {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
    partnerCode: user.partnerCode,
    createdAt: user.createdAt.toISOString(),
  };
}
