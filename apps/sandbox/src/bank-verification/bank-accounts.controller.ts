import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@los/common';
import { BankAccountRegistry } from './bank-account-registry.service.js';
import { RegisterBankAccountDto } from './register-bank-account.dto.js';

@ApiTags('sandbox bank accounts')
@Public()
@Controller('sandbox/bank-accounts')
export class BankAccountsController {
  constructor(private readonly registry: BankAccountRegistry) {}

  @Post()
  @ApiOperation({ summary: 'Register an account with the simulated banks (replaces its holder); answers its last 4 digits' })
  @ApiCreatedResponse({ description: '{ ifsc, accountLast4, holderName, state }' })
  register(@Body() body: RegisterBankAccountDto) {
    const state = body.state ?? 'ACTIVE';
    this.registry.register(body.ifsc, body.accountNumber, { holderName: body.holderName, state });
    return { ifsc: body.ifsc, accountLast4: body.accountNumber.slice(-4), holderName: body.holderName, state };
  }
}
