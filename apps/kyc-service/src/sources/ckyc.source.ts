import { Injectable } from '@nestjs/common';
import { matchNames } from '../matching/index.js';
import type { IdentitySource, KycSubject, SourceReport } from './identity-source.js';
import { SourceCaller, type CallResult } from './source-caller.js';
import { addressOf, genderCode, joinText, text } from './source-fields.js';
import { redactObject } from './source-redaction.js';
import { errorReport, failedReport } from './source-report.js';

export const CKYC_SEARCH_PATH = '/v1/identity/ckyc/search';
export const CKYC_DOWNLOAD_PATH = '/v1/identity/ckyc/download';

interface Candidate {
  ckycNumber: string;
  name: string;
  dob: string;
}

/** Central KYC registry: search by PAN, else by name and date of birth; then download the record. */
@Injectable()
export class CkycSource implements IdentitySource {
  readonly name = 'CKYC' as const;

  constructor(private readonly caller: SourceCaller) {}

  async lookup(subject: KycSubject, round: number): Promise<SourceReport> {
    const attempts: SourceReport['attempts'] = [];
    const search = (key: 'PAN' | 'NAME_DOB', body: object) =>
      this.caller.call({ source: this.name, step: 'search', key, path: CKYC_SEARCH_PATH, round, body }, attempts);

    let foundBy: 'PAN' | 'NAME_DOB' = 'PAN';
    let found = await search('PAN', { pan: subject.pan });
    if (isEmpty(found)) {
      foundBy = 'NAME_DOB';
      found = await search('NAME_DOB', { name: subject.fullName, dob: subject.dob });
    }
    if (isEmpty(found)) return failedReport(this.name, attempts, { kind: 'NOT_FOUND' });
    if (found.kind !== 'OK') return failedReport(this.name, attempts, found);

    const candidate = pick(candidatesOf(found.body), subject);
    if (!candidate) return errorReport(this.name, attempts, 'BAD_RESPONSE');
    const download = await this.caller.call(
      {
        source: this.name,
        step: 'download',
        key: 'CKYC_NUMBER',
        path: CKYC_DOWNLOAD_PATH,
        round,
        body: { ckycNumber: candidate.ckycNumber, dob: candidate.dob },
      },
      attempts,
    );
    if (download.kind !== 'OK') return failedReport(this.name, attempts, download);

    const { body } = download;
    const name = joinText(body.firstName, body.middleName, body.lastName);
    if (!name) return errorReport(this.name, attempts, 'BAD_RESPONSE');
    return {
      source: this.name,
      status: 'OK',
      attempts,
      lastError: null,
      record: { name, dob: text(body.dob), gender: genderCode(body.gender), address: addressOf(body.address) },
      facts: { ckycNumber: text(body.ckycNumber) ?? candidate.ckycNumber, foundBy },
      raw: redactObject(body),
    };
  }
}

function isEmpty(result: CallResult): boolean {
  return result.kind === 'NOT_FOUND' || (result.kind === 'OK' && candidatesOf(result.body).length === 0);
}

function candidatesOf(body: Record<string, unknown>): Candidate[] {
  const results = Array.isArray(body.results) ? body.results : [];
  return results.flatMap((item: Record<string, unknown>) => {
    const ckycNumber = text(item?.ckycNumber);
    const dob = text(item?.dob);
    return ckycNumber && dob ? [{ ckycNumber, dob, name: text(item.name) ?? '' }] : [];
  });
}

/** The declared KYC number when the registry returned it, else the candidate whose name is closest. */
function pick(candidates: Candidate[], subject: KycSubject): Candidate | undefined {
  const declared = candidates.find((candidate) => candidate.ckycNumber === subject.ckycNumber);
  if (declared || candidates.length <= 1) return declared ?? candidates[0];
  const scored = candidates.map((candidate) => ({ candidate, score: matchNames(subject.fullName, candidate.name).score }));
  return scored.sort((a, b) => b.score - a.score)[0].candidate;
}
