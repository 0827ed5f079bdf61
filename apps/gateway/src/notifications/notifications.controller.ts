import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { NotificationDeliveriesRepository } from './notification-deliveries.repository.js';
import { toNotificationDeliveryView } from './notification-delivery.mapper.js';
import { NotificationDeliveryView } from './notification-delivery.view.js';

@ApiTags('applications')
@Controller('v1/applications')
export class NotificationsController {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly deliveries: NotificationDeliveriesRepository,
  ) {}

  @Get(':id/notifications')
  @ApiOperation({ operationId: 'listApplicationNotifications', summary: "The borrower's emails and SMS of an application, and their fate" })
  @RequirePermissions(Permission.NotificationRead)
  @ApiOkResponse({ type: [NotificationDeliveryView] })
  @ApiErrors(400, 401, 403, 404)
  async list(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<NotificationDeliveryView[]> {
    const application = await this.applications.get(user, id);
    return (await this.deliveries.forApplication(application.id)).map(toNotificationDeliveryView);
  }
}
