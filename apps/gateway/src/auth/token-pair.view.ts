import { ApiProperty } from '@nestjs/swagger';

export class TokenPairView {
  @ApiProperty({ description: 'Bearer access token (JWT, HS256)' }) accessToken: string;
  @ApiProperty({ description: 'Single-use refresh token; each refresh returns a new one' }) refreshToken: string;
  @ApiProperty({ description: 'Access token lifetime in seconds', example: 900 }) expiresIn: number;
}
