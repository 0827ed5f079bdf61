import { IdentitySource } from '../identity-source.js';
import type { IdentityRecord } from './identity-record.js';
import { upperCaseName, varyName, type VariedName } from './name-variation.generator.js';
import { chooseNameVariation, variationSeed } from './variation-choice.policy.js';

// NSDL and CKYC hold names in capitals; `exact` stays verbatim everywhere, as the control case.
const UPPER_CASE_SOURCES: ReadonlySet<IdentitySource> = new Set([IdentitySource.Pan, IdentitySource.Ckyc]);

export function nameShownBy(source: IdentitySource, record: IdentityRecord): VariedName {
  const variation = chooseNameVariation(source, record);
  const varied = varyName(record.person.name, variation, record.person.gender, variationSeed(source, record));
  return variation !== 'exact' && UPPER_CASE_SOURCES.has(source) ? upperCaseName(varied) : varied;
}
