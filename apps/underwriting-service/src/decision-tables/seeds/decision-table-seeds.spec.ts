import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { UnderwritingDecision } from '@los/contracts';
import { SEEDED_LENDERS, seededTableId, underwritingInput } from '../../testing/underwriting-input.fixture.js';
import { DecisionEngine } from '../decision-engine.js';
import type { DecisionTablesRepository } from '../decision-tables.repository.js';
import { DECISION_TABLE_SEEDS } from './decision-table-seeds.js';

const sut = new DecisionEngine({} as DecisionTablesRepository);
const seedOf = (lender: string) => {
  const seed = DECISION_TABLE_SEEDS.find((candidate) => candidate.tableId === seededTableId(lender));
  assert.ok(seed, `no seed for ${lender}`);
  return { tableId: seed.tableId, version: 1, content: seed.content };
};
const codes = (outcome: { reasons: { code: string }[] }) => outcome.reasons.map((reason) => reason.code);

describe('seeded decision tables', () => {
  it('has one table per lender', () => {
    assert.deepEqual(DECISION_TABLE_SEEDS.map((seed) => seed.tableId).sort(), SEEDED_LENDERS.map(seededTableId).sort());
  });

  for (const lender of SEEDED_LENDERS) {
    describe(lender, () => {
      const decide = (changes: Parameters<typeof underwritingInput>[1]) =>
        sut.decideWith(seedOf(lender), underwritingInput(lender, changes));

      it('approves the journeys applicant (score 750, salaried, clean bureau, KYC verified)', async () => {
        const outcome = await decide({});
        assert.equal(outcome.decision, UnderwritingDecision.Approve);
        assert.deepEqual(codes(outcome), ['POLICY_MET']);
        assert.deepEqual(outcome.matchedRules, ['default-approve']);
        assert.equal(outcome.tableId, seededTableId(lender));
      });

      it('approves an applicant at ₹50,000 a month with the FOIR the offer allowed', async () => {
        assert.equal((await decide({ applicant: { monthlyIncome: '50000.00' }, foir: '0.5000' })).decision, UnderwritingDecision.Approve);
      });

      it('rejects a score below the floor, with a borrower-facing reason', async () => {
        const outcome = await decide({ bureau: { score: 580 } });
        assert.equal(outcome.decision, UnderwritingDecision.Reject);
        assert.equal(outcome.reasons[0].code, 'SCORE_BELOW_MIN');
        assert.equal(outcome.reasons[0].borrowerFacing, true);
      });

      for (const [name, changes, code] of [
        ['written-off accounts', { bureau: { writtenOffAccounts: 1 } }, 'WRITTEN_OFF_ACCOUNTS'],
        ['a DPD90 in 12 months', { bureau: { dpd90Last12m: 1 } }, 'DPD90_LAST_12M'],
        ['FOIR above the hard cap', { foir: '0.9100' }, 'FOIR_ABOVE_CAP'],
        ['age at maturity above the cap', { applicant: { ageAtMaturity: 70 } }, 'AGE_AT_MATURITY'],
      ] as const) {
        it(`rejects ${name}`, async () => {
          const outcome = await decide(changes);
          assert.equal(outcome.decision, UnderwritingDecision.Reject);
          assert.ok(codes(outcome).includes(code), codes(outcome).join());
        });
      }

      for (const [name, changes, code] of [
        ['no bureau report', { bureau: null }, 'BUREAU_UNAVAILABLE'],
        ['KYC not verified', { kyc: { decision: 'REVIEW' } }, 'KYC_NOT_VERIFIED'],
        ['a low KYC score', { kyc: { score: 40 } }, 'KYC_SCORE_LOW'],
        ['many enquiries', { bureau: { enquiriesLast6m: 12 } }, 'MANY_ENQUIRIES'],
        ['an amount above the offer', { loan: { amount: '300000.00' } }, 'AMOUNT_ABOVE_OFFER'],
      ] as const) {
        it(`refers ${name}`, async () => {
          const outcome = await decide(changes);
          assert.equal(outcome.decision, UnderwritingDecision.Refer);
          assert.ok(codes(outcome).includes(code), codes(outcome).join());
        });
      }

      it('refers a FOIR in the grey band just above its refer threshold', async () => {
        const content = JSON.stringify(seedOf(lender).content);
        const band = /"foir":"\((\d\.\d+)\.\.(\d\.\d+)\]"/.exec(content);
        assert.ok(band, 'grey band row');
        const foir = ((Number(band[1]) + Number(band[2])) / 2).toFixed(4);
        const outcome = await decide({ foir });
        assert.equal(outcome.decision, UnderwritingDecision.Refer);
        assert.deepEqual(codes(outcome), ['FOIR_GREY_BAND']);
      });
    });
  }

  it('gathers every rejection reason under collect', async () => {
    const outcome = await sut.decideWith(
      seedOf('AURUM_PRIME'),
      underwritingInput('AURUM_PRIME', { bureau: { score: 600, dpd90Last12m: 2 } }),
    );
    assert.deepEqual(codes(outcome), ['SCORE_BELOW_MIN', 'DPD90_LAST_12M']);
    assert.deepEqual(outcome.matchedRules, ['score-below-min', 'dpd90', 'default-approve']);
  });

  it('gives the first matching row only under first (SETU_MICROLOANS)', async () => {
    const outcome = await sut.decideWith(
      seedOf('SETU_MICROLOANS'),
      underwritingInput('SETU_MICROLOANS', { bureau: { score: 500, dpd90Last12m: 2 } }),
    );
    assert.deepEqual(outcome.matchedRules, ['score-below-min']);
  });

  it('asks a self-employed applicant of UDYAM_FINSERV for income documents', async () => {
    const outcome = await sut.decideWith(
      seedOf('UDYAM_FINSERV'),
      underwritingInput('UDYAM_FINSERV', { applicant: { employmentType: 'SELF_EMPLOYED' } }),
    );
    assert.equal(outcome.decision, UnderwritingDecision.Approve);
    assert.deepEqual(outcome.conditions.documentsRequired, ['ITR_LAST_2Y', 'BANK_STATEMENT_6M']);
  });
});
