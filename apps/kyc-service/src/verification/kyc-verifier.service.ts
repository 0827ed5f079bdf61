import { Inject, Injectable } from '@nestjs/common';
import {
  IDENTITY_SOURCES,
  SOURCE_NAMES,
  type IdentitySource,
  type KycSubject,
  type SourceName,
  type SourceReport,
} from '../sources/identity-source.js';
import type { CheckResult } from './kyc-checks.repository.js';
import type { KycCheck, SourceState, SourceStates } from './kyc-check.schema.js';
import { combineAssessments } from './kyc-decision.combiner.js';
import { KYC_THRESHOLD_TABLE, thresholdsFor, type ThresholdTable } from './kyc-thresholds.js';
import { assessSource } from './source.assessor.js';

/** Asks the identity sources about a check's applicant and decides the check from their answers. */
@Injectable()
export class KycVerifier {
  private readonly sources: ReadonlyMap<SourceName, IdentitySource>;

  constructor(
    @Inject(IDENTITY_SOURCES) sources: IdentitySource[],
    @Inject(KYC_THRESHOLD_TABLE) private readonly thresholds: ThresholdTable,
  ) {
    this.sources = new Map(sources.map((source) => [source.name, source]));
  }

  /**
   * Calls `which` sources in parallel (round 0: the command's own run; n: the n-th re-drive) and
   * recomputes the decision from their fresh answers and the stored answers of the others. Attempts
   * of a re-drive are added to the source's history; the command's own run starts it afresh, so
   * running the command again cannot pile up history.
   */
  async run(check: KycCheck, which: readonly SourceName[], round: number): Promise<CheckResult> {
    const subject = subjectOf(check);
    const reports = await Promise.all(which.map((name) => this.sources.get(name)!.lookup(subject, round)));
    const previous: SourceStates = round === 0 ? {} : (check.sources ?? {});
    const merged: Record<string, SourceReport> = {};
    for (const name of SOURCE_NAMES) {
      const fresh = reports.find((report) => report.source === name);
      const before = previous[name];
      if (fresh) merged[name] = { ...fresh, attempts: [...(before?.attempts ?? []), ...fresh.attempts] };
      else if (before) merged[name] = before;
    }
    const thresholds = thresholdsFor(this.thresholds, check.partnerCode);
    const assessments = Object.values(merged).map((report) => assessSource(check.applicant, report, thresholds));
    const checkedAt = new Date().toISOString();
    const sources: SourceStates = {};
    for (const assessment of assessments) {
      const report = merged[assessment.source];
      const fresh = which.includes(assessment.source);
      const state: SourceState = {
        source: report.source,
        status: report.status,
        attempts: report.attempts,
        lastError: report.lastError,
        record: report.record,
        facts: report.facts,
        raw: report.raw,
        match: { decision: assessment.decision, score: assessment.score, components: assessment.components, reasons: assessment.reasons },
        checkedAt: fresh ? checkedAt : (previous[assessment.source]?.checkedAt ?? checkedAt),
      };
      sources[assessment.source] = state;
    }
    return {
      decision: combineAssessments(assessments, thresholds),
      sources,
      ckycNumber: sources.CKYC?.facts.ckycNumber ?? null,
    };
  }
}

function subjectOf(check: KycCheck): KycSubject {
  const { applicant } = check;
  return {
    pan: applicant.pan,
    fullName: applicant.fullName,
    dob: applicant.dob,
    gender: applicant.gender,
    address: applicant.address,
    vaultToken: check.vaultToken,
    ckycNumber: applicant.ckycNumber,
    otpRequestId: check.otpRequestId ?? null,
  };
}
