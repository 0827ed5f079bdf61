import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Permission, RequirePermissions } from '@los/common';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { TimeToApprovalQuery } from './dto/time-to-approval.query.js';
import { TimeToApprovalReport } from './time-to-approval.report.js';
import { TimeToApprovalView } from './time-to-approval.view.js';

@ApiTags('metrics')
@Controller('v1/admin/metrics')
@RequirePermissions(Permission.MetricsRead)
export class TimeToApprovalController {
  constructor(private readonly report: TimeToApprovalReport) {}

  @Get('time-to-approval')
  @ApiOperation({ operationId: 'getTimeToApproval', summary: 'Time from application to approval, automatic and manual' })
  @ApiOkResponse({
    type: TimeToApprovalView,
    description: 'Applications approved in [from, to): count, mean, p50, p90, share within two hours',
  })
  @ApiErrors(400, 401, 403)
  timeToApproval(@Query() query: TimeToApprovalQuery): Promise<TimeToApprovalView> {
    return this.report.execute(query.from, query.to);
  }
}
