import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { BankAccountView } from './bank-account.view.js';
import { ResolveBankAccountReviewDto } from './dto/resolve-bank-account-review.dto.js';
import { ResolveBankAccountReview } from './resolve-bank-account-review.usecase.js';

@ApiTags('bank accounts')
@Controller('v1/ops/applications/:id/bank-account/review')
export class BankAccountReviewsController {
  constructor(private readonly resolveReview: ResolveBankAccountReview) {}

  @Post()
  @ApiOperation({ operationId: 'resolveBankAccountReview', summary: 'Approve or reject a payout account whose name match needs a person' })
  @HttpCode(200)
  @RequirePermissions(Permission.BankAccountReview)
  @ApiOkResponse({ type: BankAccountView })
  @ApiErrors(400, 401, 403, 404, 409)
  resolve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ResolveBankAccountReviewDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<BankAccountView> {
    return this.resolveReview.execute(user, id, body);
  }
}
