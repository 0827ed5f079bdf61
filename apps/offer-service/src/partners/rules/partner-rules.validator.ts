import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { ruleProblems } from './partner-rules.checks.js';
import { PartnerRulesDto } from './partner-rules.dto.js';
import type { PartnerRules } from './partner-rules.js';
import { rateGridProblems } from './rate-grid.checks.js';

const MAX_LISTED_PROBLEMS = 10;

/** The rules as a plain object if they are complete and consistent; otherwise INVALID_RULES naming each problem. */
export function validatePartnerRules(raw: unknown): PartnerRules {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalidRules(['rules must be an object']);
  const dto = plainToInstance(PartnerRulesDto, raw);
  const shapeProblems = describeErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
  if (shapeProblems.length > 0) throw invalidRules(shapeProblems);
  const rules = JSON.parse(JSON.stringify(dto)) as PartnerRules;
  const problems = [...ruleProblems(rules), ...rateGridProblems(rules)];
  if (problems.length > 0) throw invalidRules(problems);
  return rules;
}

function invalidRules(problems: string[]): AppException {
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).join('; ');
  const more = problems.length > MAX_LISTED_PROBLEMS ? ` (and ${problems.length - MAX_LISTED_PROBLEMS} more)` : '';
  return new AppException(ErrorCode.InvalidRules, `Invalid partner rules: ${listed}${more}`);
}

function describeErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => `${path}: ${message}`);
    return [...own, ...describeErrors(error.children ?? [], path)];
  });
}
