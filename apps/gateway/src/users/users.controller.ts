import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { CreateUserDto } from './create-user.dto.js';
import { toUserView, UserView } from './user.view.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ operationId: 'createUser', summary: 'Create a staff user (admin)' })
  @RequirePermissions(Permission.UserManage)
  @ApiCreatedResponse({ type: UserView })
  @ApiErrors(400, 401, 403, 409, ErrorCode.EmailTaken, ErrorCode.WeakPassword, ErrorCode.InvalidEmail)
  async create(@Body() body: CreateUserDto, @CurrentUser() admin: AuthenticatedUser): Promise<UserView> {
    return toUserView(await this.users.create(body, admin.id));
  }
}
