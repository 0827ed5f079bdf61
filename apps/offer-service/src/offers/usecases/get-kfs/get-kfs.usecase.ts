import { Injectable } from '@nestjs/common';
import { AppException } from '@los/common';
import { ErrorCode, type KeyFactStatement } from '@los/contracts';
import { storedKfsOf } from '../../kfs/stored-kfs.mapper.js';
import { OffersRepository } from '../../offers.repository.js';

@Injectable()
export class GetKfsUseCase {
  constructor(private readonly offers: OffersRepository) {}

  async execute(applicationId: string): Promise<KeyFactStatement> {
    const acceptance = await this.offers.findAcceptance(applicationId);
    if (!acceptance) {
      throw new AppException(ErrorCode.KfsNotAvailable, 'The Key Fact Statement is available once an offer has been accepted');
    }
    return storedKfsOf(acceptance.kfs);
  }
}
