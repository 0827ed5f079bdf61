import { Injectable } from '@nestjs/common';
import { IdentitySourceException } from '../identity-source.exception.js';
import { IdentityRegistryService } from '../registry/identity-registry.service.js';
import type { CkycRecordView, CkycSearchResult } from './ckyc-record.view.js';
import { isCkycHolder, toCkycRecordView, toCkycSearchResult, type CkycHolder } from './ckyc-record.mapper.js';
import type { SearchCkycDto } from './search-ckyc.dto.js';

@Injectable()
export class CkycService {
  constructor(private readonly registry: IdentityRegistryService) {}

  search(query: SearchCkycDto): { results: CkycSearchResult[] } {
    const found = query.pan !== undefined ? this.findByPan(query.pan) : this.findByNameAndDob(query.name!, query.dob!);
    if (found.length === 0) throw IdentitySourceException.notFound('No CKYC record matches');
    return { results: found.map(toCkycSearchResult) };
  }

  /** The date of birth is the download's second factor: a wrong one finds nothing. */
  download(ckycNumber: string, dob: string): CkycRecordView {
    const record = this.registry.findByCkycNumber(ckycNumber);
    if (record?.unavailableSource === 'ckyc') throw IdentitySourceException.upstreamError();
    if (!isCkycHolder(record) || record.person.dob !== dob) throw IdentitySourceException.notFound('No CKYC record matches');
    return toCkycRecordView(record);
  }

  private findByPan(pan: string): CkycHolder[] {
    const record = this.registry.findByPan(pan);
    if (record?.unavailableSource === 'ckyc') throw IdentitySourceException.upstreamError();
    return isCkycHolder(record) && record.ckyc.searchableByPan ? [record] : [];
  }

  private findByNameAndDob(name: string, dob: string): CkycHolder[] {
    const found = this.registry.findRegisteredByNameAndDob(name, dob);
    if (found.some((record) => record.unavailableSource === 'ckyc')) throw IdentitySourceException.upstreamError();
    return found.filter((record) => record.ckyc.present && record.ckyc.searchableByNameDob);
  }
}
