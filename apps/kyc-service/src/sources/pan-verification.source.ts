import { Injectable } from '@nestjs/common';
import type { IdentitySource, KycSubject, SourceReport } from './identity-source.js';
import { SourceCaller } from './source-caller.js';
import { text } from './source-fields.js';
import { redactObject } from './source-redaction.js';
import { errorReport, failedReport } from './source-report.js';

export const PAN_VERIFY_PATH = '/v1/identity/pan/verify';

/** Income-tax PAN verification: status, name on the PAN, whether the date of birth agrees, Aadhaar seeding. */
@Injectable()
export class PanVerificationSource implements IdentitySource {
  readonly name = 'PAN' as const;

  constructor(private readonly caller: SourceCaller) {}

  async lookup(subject: KycSubject, round: number): Promise<SourceReport> {
    const attempts: SourceReport['attempts'] = [];
    const result = await this.caller.call(
      {
        source: this.name,
        step: 'verify',
        key: 'PAN',
        path: PAN_VERIFY_PATH,
        round,
        body: { pan: subject.pan, name: subject.fullName, dob: subject.dob },
      },
      attempts,
    );
    if (result.kind !== 'OK') return failedReport(this.name, attempts, result);

    const { body } = result;
    const panStatus = text(body.status);
    const nameOnPan = text(body.nameOnPan);
    if (!panStatus || !nameOnPan || typeof body.dobMatch !== 'boolean') return errorReport(this.name, attempts, 'BAD_RESPONSE');
    return {
      source: this.name,
      status: 'OK',
      attempts,
      lastError: null,
      record: { name: nameOnPan, dob: null, gender: null, address: null },
      facts: { panStatus: panStatus.toUpperCase(), dobMatch: body.dobMatch, aadhaarSeeded: body.aadhaarSeeded !== false },
      raw: redactObject(body),
    };
  }
}
