import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import mongoose, { type Connection } from 'mongoose';
import { DecisionEngine } from '../../apps/underwriting-service/src/decision-tables/decision-engine.js';
import {
  DecisionTableVersion,
  DecisionTableVersionSchema,
} from '../../apps/underwriting-service/src/decision-tables/decision-table.schema.js';
import { DecisionTablesRepository } from '../../apps/underwriting-service/src/decision-tables/decision-tables.repository.js';
import { DECISION_TABLE_SEEDS } from '../../apps/underwriting-service/src/decision-tables/seeds/decision-table-seeds.js';
import { SnapshotRepository } from '../../apps/underwriting-service/src/snapshots/snapshot.repository.js';
import {
  UnderwritingSnapshot,
  UnderwritingSnapshotSchema,
} from '../../apps/underwriting-service/src/snapshots/underwriting-snapshot.schema.js';
import {
  SEEDED_LENDERS,
  seededTableId,
  underwritingInput,
} from '../../apps/underwriting-service/src/testing/underwriting-input.fixture.js';

const mongoUrl = process.env.MONGO_URL ?? 'mongodb://127.0.0.1:27017';
const dbName = `los_int_uw_replay_${process.pid}_${Date.now()}`;
const withoutDuration = <T extends { durationMs: number }>({ durationMs: _ignored, ...rest }: T) => rest;

describe('underwriting replay (FerretDB)', () => {
  let connection: Connection;
  let tables: DecisionTablesRepository;
  let snapshots: SnapshotRepository;

  before(async () => {
    mongoose.set('strictQuery', true);
    mongoose.set('sanitizeFilter', true);
    connection = await mongoose.createConnection(mongoUrl, { dbName, serverSelectionTimeoutMS: 5000 }).asPromise();
    const versionModel = connection.model(DecisionTableVersion.name, DecisionTableVersionSchema);
    const snapshotModel = connection.model(UnderwritingSnapshot.name, UnderwritingSnapshotSchema);
    await Promise.all([versionModel.init(), snapshotModel.init()]);
    tables = new DecisionTablesRepository(versionModel);
    snapshots = new SnapshotRepository(snapshotModel);
    for (const seed of DECISION_TABLE_SEEDS) {
      assert.equal(
        await tables.insert({
          ...seed,
          version: 1,
          publishedBy: 'system:seed',
          reason: 'seed',
          publishedAt: new Date(),
          rolledBackFrom: null,
          publishKey: `seed:${seed.tableId}`,
        }),
        true,
      );
    }
  });

  after(async () => {
    await connection?.dropDatabase();
    await connection?.close();
  });

  it('refuses a second version 1 of a table (the unique index two booting replicas rely on)', async () => {
    const seed = DECISION_TABLE_SEEDS[0];
    const again = {
      ...seed,
      version: 1,
      publishedBy: 'system:seed',
      reason: 'seed',
      publishedAt: new Date(),
      rolledBackFrom: null,
      publishKey: 'another',
    };
    assert.equal(await tables.insert(again), false);
  });

  it('stores the same input once, under the hash of its canonical JSON', async () => {
    const input = underwritingInput('AURUM_PRIME', { applicationId: '0d6f7a1e-3b1c-4f4e-8d7a-2a0b5c9e1f00' });
    const reordered = JSON.parse(JSON.stringify({ ...input, loan: { ...input.loan } })) as typeof input;
    const [first, second] = await Promise.all([snapshots.save(input), snapshots.save(reordered)]);
    assert.equal(first, second);
    assert.match(first, /^[0-9a-f]{64}$/);
    assert.deepEqual(await snapshots.get(first), input);
  });

  for (const lender of SEEDED_LENDERS) {
    it(`${lender}: a stored snapshot evaluated again with its stored version gives the identical outcome`, async () => {
      const cases = [{}, { bureau: { score: 590 } }, { bureau: null }, { foir: '0.9900' }, { kyc: { decision: 'REVIEW' } }] as const;
      for (const [i, changes] of cases.entries()) {
        const input = underwritingInput(lender, {
          ...changes,
          applicationId: `00000000-0000-4000-8000-${lender.length}${i}`.padEnd(36, '0'),
        });
        const snapshotId = await snapshots.save(input);
        const original = await new DecisionEngine(tables).decide(input);
        await snapshots.markDecided(snapshotId, {
          tableId: original.tableId,
          version: original.version,
          decision: original.decision,
          decidedAt: new Date(),
        });

        // A fresh engine (no compiled cache) from what was stored: the snapshot and the version it names.
        const stored = await snapshots.get(snapshotId);
        const version = await tables.findVersion(original.tableId, original.version);
        assert.ok(stored && version);
        const replayed = await new DecisionEngine(tables).decideWith(version, stored);
        assert.deepEqual(withoutDuration(replayed), withoutDuration(original));
      }
      const decided = await snapshots.lastDecided(seededTableId(lender), 3);
      assert.equal(decided.length, 3);
      assert.ok(decided.every((snapshot) => snapshot.decided.tableId === seededTableId(lender)));
    });
  }
});
