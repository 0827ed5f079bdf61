import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AppException, CurrentUser, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import type { FastifyRequest } from 'fastify';
import type { DataSource } from 'typeorm';
import { ApplicationsService } from '../applications/applications.service.js';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { AddBankAccount } from './add-bank-account.usecase.js';
import { ApplicationBankAccountEntity } from './application-bank-account.entity.js';
import { BankAccountView, toBankAccountView } from './bank-account.view.js';
import { AddBankAccountDto } from './dto/add-bank-account.dto.js';

@ApiTags('bank accounts')
@Controller('v1/applications/:id/bank-account')
export class BankAccountsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationsService,
    private readonly addAccount: AddBankAccount,
  ) {}

  @Post()
  @ApiOperation({
    operationId: 'addBankAccount',
    summary: 'Set the payout bank account (replacing the current one) and verify it by penny drop',
  })
  @HttpCode(202)
  @RequirePermissions(Permission.BankAccountWrite)
  @ApiAcceptedResponse({ type: BankAccountView })
  @ApiErrors(
    400,
    401,
    403,
    404,
    409,
    422,
    503,
    504,
    ErrorCode.InvalidIfsc,
    ErrorCode.InvalidAccountNumber,
    ErrorCode.BankAccountChangeNotAllowed,
    ErrorCode.IdempotencyKeyReused,
  )
  add(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AddBankAccountDto,
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
  ): Promise<BankAccountView> {
    return this.addAccount.execute(user, id, body, request.id);
  }

  @Get()
  @ApiOperation({ operationId: 'getBankAccount', summary: "Read the application's payout account and its verification" })
  @RequirePermissions(Permission.BankAccountRead)
  @ApiOkResponse({ type: BankAccountView })
  @ApiErrors(400, 401, 403, 404)
  async read(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthenticatedUser): Promise<BankAccountView> {
    await this.applications.get(user, id);
    const row = await this.dataSource.getRepository(ApplicationBankAccountEntity).findOneBy({ applicationId: id });
    if (!row) throw new AppException(ErrorCode.NotFound, 'The application has no bank account yet');
    return toBankAccountView(row);
  }
}
