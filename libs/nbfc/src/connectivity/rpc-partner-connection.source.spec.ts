import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { AppException, type RpcClient } from '@los/common';
import { ErrorCode, MessagePattern, type PartnerConnectionView } from '@los/contracts';
import { RpcPartnerConnectionSource } from './rpc-partner-connection.source.js';

const VIEW: PartnerConnectionView = {
  partnerCode: 'AURUM_PRIME',
  adapterType: 'lendwise',
  baseUrlPath: '/lenders/lendwise',
  credentials: { apiKey: 'env:LENDWISE_API_KEY' },
  resilience: { maxConcurrent: 16 },
  sla: { quoteMs: 1_500, decisionMs: 7_200_000, disbursalMs: 14_400_000 },
};

function setup(answers: (() => unknown)[]) {
  const sent: string[] = [];
  const rpc = {
    send: async (pattern: string) => {
      sent.push(pattern);
      return answers.shift()!();
    },
  } as unknown as RpcClient;
  return { sut: new RpcPartnerConnectionSource(rpc, { attempts: 3, delayMs: 1 }), sent };
}

describe('RpcPartnerConnectionSource', () => {
  it('asks the offer service again while it does not answer, then takes its connections', async () => {
    const down = () => {
      throw new AppException(ErrorCode.UpstreamUnavailable, 'The offer service is unavailable');
    };
    const { sut, sent } = setup([down, down, () => ({ connections: [VIEW] })]);
    assert.deepEqual(await sut.enabledConnections(), [VIEW]);
    assert.deepEqual(sent, Array(3).fill(MessagePattern.PartnerConnections));
  });

  it('gives up after its attempts, and fails at once on a refusal', async () => {
    const down = () => {
      throw new AppException(ErrorCode.UpstreamTimeout, 'no answer');
    };
    await assert.rejects(setup([down, down, down]).sut.enabledConnections(), /no answer/);
    const refusal = setup([
      () => {
        throw new AppException(ErrorCode.Forbidden, 'Connection X holds credential apiKey as a value');
      },
    ]);
    await assert.rejects(refusal.sut.enabledConnections(), /holds credential apiKey/);
    assert.equal(refusal.sent.length, 1);
  });
});
