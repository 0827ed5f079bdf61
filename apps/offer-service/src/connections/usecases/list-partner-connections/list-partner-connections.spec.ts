import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException } from '@los/common';
import type { PartnerConnection } from '@los/nbfc';
import type { PartnerConnectionsRepository } from '../../partner-connections.repository.js';
import { ListPartnerConnectionsUseCase } from './list-partner-connections.usecase.js';

const RESILIENCE = {
  timeoutsMs: { quote: 2_000, submit: 5_000, accept: 5_000, disburse: 8_000, disbursalStatus: 3_000 },
  maxConcurrent: 16,
  breaker: { consecutiveFailures: 5, halfOpenAfterMs: 10_000 },
};
const SLA = { quoteMs: 1_500, decisionMs: 7_200_000, disbursalMs: 14_400_000 };

function connection(partnerCode: string, baseUrlPath: string, credentials: Record<string, string>): PartnerConnection {
  return { partnerCode, adapterType: 'lendwise', baseUrlPath, credentials, resilience: RESILIENCE, sla: SLA };
}

const sutOf = (rows: PartnerConnection[]) =>
  new ListPartnerConnectionsUseCase({ enabledConnections: async () => rows } as unknown as PartnerConnectionsRepository);

describe('ListPartnerConnectionsUseCase', () => {
  it("shares a real partner's references and a sandbox lender's test values as stored", async () => {
    const real = connection('AURUM_PRIME', 'https://api.lendwise.example', {
      apiKey: 'env:LENDWISE_API_KEY',
      webhookSecret: 'file:/run/secrets/lendwise-whsec',
    });
    const sandbox = connection('VISTAAR_CREDIT', '/lenders/northstar', { clientSecret: 'ns_sandbox_secret' });
    const { connections } = await sutOf([real, sandbox]).execute();
    assert.deepEqual(connections, [
      { ...real, resilience: RESILIENCE },
      { ...sandbox, resilience: RESILIENCE },
    ]);
  });

  it("refuses to send a real partner's secret value, naming the credential and never the value", async () => {
    const leaky = connection('AURUM_PRIME', 'https://api.lendwise.example', {
      apiKey: 'env:LENDWISE_API_KEY',
      webhookSecret: 'whsec_live_123',
    });
    await assert.rejects(sutOf([leaky]).execute(), (error: unknown) => {
      assert.ok(error instanceof AppException);
      assert.equal(error.code, 'FORBIDDEN');
      assert.match(error.message, /AURUM_PRIME holds credential webhookSecret as a value/);
      assert.doesNotMatch(error.message, /whsec_live_123/);
      return true;
    });
  });
});
