import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { CreateUserDto } from './create-user.dto.js';
import { toUserView, UserView } from './user.view.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @RequirePermissions(Permission.UserManage)
  @ApiCreatedResponse({ type: UserView })
  @ApiErrors(400, 401, 403, 409)
  async create(@Body() body: CreateUserDto, @CurrentUser() admin: AuthenticatedUser): Promise<UserView> {
    return toUserView(await this.users.create(body, admin.id));
  }
}
