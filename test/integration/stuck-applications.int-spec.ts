import 'reflect-metadata';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OutboxCommandEntity, OutboxStatus, parseDwellLimitOverrides } from '@los/common';
import { ApplicationStatus } from '@los/contracts';
import { DwellLimitPolicy, type DwellRule } from '../../apps/gateway/src/ops/dwell-limits/dwell-limit.policy.js';
import { StuckApplicationsRepository } from '../../apps/gateway/src/ops/stuck-applications.repository.js';
import { ListStuckApplicationsUseCase } from '../../apps/gateway/src/ops/usecases/list-stuck-applications/list-stuck-applications.usecase.js';
import { migratedGatewayDatabase } from '../support/gateway-database.js';

const S = ApplicationStatus;
const DATABASE = `t_stuckrepo_${process.pid}`;
const NOW = new Date();
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
const MINUTE = 60_000;

/** The dwell queries and the JSON lookup of open commands, on the real MariaDB schema the migrations build. */
describe('stuck applications: the queries on MariaDB', () => {
  let database: Awaited<ReturnType<typeof migratedGatewayDatabase>> | undefined;
  let dataSource: DataSource;
  let sut: StuckApplicationsRepository;
  const id: Record<string, string> = {};
  const commandId: Record<string, string> = {};

  async function application(
    name: string,
    status: ApplicationStatus,
    history: [ApplicationStatus, number][],
    partnerCode: string | null = null,
  ) {
    id[name] = randomUUID();
    const created = ago(history[0]![1]);
    await dataSource.query(
      `INSERT INTO applications (id, owner_user_id, status, full_name, dob, mobile, email, pan, employment_type, monthly_income,
        existing_emi_monthly, pincode, city, state, loan_amount, tenure_months, purpose, version, created_at, updated_at, partner_code)
       VALUES (?, ?, ?, 'Asha Verma', '1990-04-21', '9876543210', 'a@example.in', 'ABCPV1234F', 'SALARIED', 85000, 0, '560034',
        'Bengaluru', 'Karnataka', 250000, 36, 'Home', 0, ?, ?, ?)`,
      [id[name], randomUUID(), status, created, NOW, partnerCode],
    );
    let from: ApplicationStatus | null = null;
    for (const [to, minutesAgo] of history) {
      await dataSource.query(
        'INSERT INTO application_status_log (application_id, from_status, to_status, actor, at) VALUES (?, ?, ?, ?, ?)',
        [id[name], from, to, 'test', ago(minutesAgo)],
      );
      from = to;
    }
  }

  async function command(name: string, payload: object, status: OutboxStatus, minutesAgo: number) {
    commandId[name] = randomUUID();
    await dataSource.getRepository(OutboxCommandEntity).insert({
      id: commandId[name],
      pattern: 'kyc.cmd.verify.v1',
      envelope: {
        commandId: commandId[name]!,
        pattern: 'kyc.cmd.verify.v1',
        sender: 'gateway',
        correlationId: 'c',
        issuedAt: '',
        payload,
      } as never,
      status,
      attempts: 2,
      createdAt: ago(minutesAgo),
      dueAt: ago(minutesAgo - 1),
      lastError: status === OutboxStatus.Pending ? 'UPSTREAM_UNAVAILABLE' : null,
    });
  }

  before(async () => {
    database = await migratedGatewayDatabase(DATABASE);
    dataSource = database.dataSource;
    sut = new StuckApplicationsRepository(dataSource, dataSource.getRepository(OutboxCommandEntity));

    await application('older', S.KycInProgress, [
      [S.LeadCreated, 60],
      [S.KycInProgress, 30],
    ]);
    await application('newer', S.KycInProgress, [
      [S.LeadCreated, 50],
      [S.KycInProgress, 20],
    ]);
    await application('fresh', S.KycInProgress, [
      [S.LeadCreated, 50],
      [S.KycInProgress, 5],
    ]);
    // Created long ago, but in its status for ten minutes only: the last log row counts, not the creation.
    await application('oldLead', S.KycInProgress, [
      [S.LeadCreated, 2 * 24 * 60],
      [S.KycInProgress, 10],
    ]);
    for (const [name, partner] of [
      ['kuber', 'KUBER'],
      ['ocean', 'OCEAN'],
      ['noPartner', null],
    ] as const) {
      await application(
        name,
        S.LenderReview,
        [
          [S.LeadCreated, 300],
          [S.LenderReview, 45],
        ],
        partner,
      );
    }
    await command('olderDone', { applicationId: id.older }, OutboxStatus.Completed, 29);
    await command('olderOpen', { applicationId: id.older }, OutboxStatus.Delivered, 25);
    await command('newerOpen', { applicationId: id.newer }, OutboxStatus.Pending, 19);
    await command('refused', { applicationId: id.noPartner }, OutboxStatus.Failed, 40);
    await command('probe', { probeId: randomUUID() }, OutboxStatus.Pending, 10);
  });

  after(async () => {
    await database?.drop();
  });

  const kycRule: DwellRule = { status: S.KycInProgress, limitMs: 15 * MINUTE };

  it('finds the applications past a rule, longest in their status first, bounded', async () => {
    const found = await sut.findPastRule(kycRule, NOW, 10);
    assert.deepEqual(
      found.map((d) => d.id),
      [id.older, id.newer],
    );
    assert.equal(found[0]!.since.getTime(), ago(30).getTime());
    assert.equal(found[0]!.status, S.KycInProgress);
    assert.deepEqual(
      (await sut.findPastRule(kycRule, NOW, 1)).map((d) => d.id),
      [id.older],
    );
    assert.equal(await sut.countPastRule(kycRule, NOW), 2);
    assert.equal(await sut.countPastRule({ ...kycRule, limitMs: 8 * MINUTE }, NOW), 3, 'oldLead counts once past 8 minutes');
  });

  it('applies a partner its own limit for a lender step and everyone else the default', async () => {
    const policy = new DwellLimitPolicy(parseDwellLimitOverrides({ partners: { KUBER: { LENDER_REVIEW: 60 * MINUTE } } }));
    const [general, kuber] = policy.rules().filter((rule) => rule.status === S.LenderReview);
    assert.deepEqual(new Set((await sut.findPastRule(general!, NOW, 10)).map((d) => d.id)), new Set([id.ocean, id.noPartner]));
    assert.deepEqual(await sut.findPastRule(kuber!, NOW, 10), []);
    assert.deepEqual(
      (await sut.findPastRule({ ...kuber!, limitMs: 40 * MINUTE }, NOW, 10)).map((d) => [d.id, d.partnerCode]),
      [[id.kuber, 'KUBER']],
    );
    assert.equal(await sut.countPastRule(general!, NOW), 2);
  });

  it("finds each application's newest open command by the applicationId in its JSON envelope", async () => {
    const open = await sut.findOpenCommands([id.older!, id.newer!, id.noPartner!, id.fresh!]);
    assert.deepEqual(
      [...open].map(([applicationId, c]) => [applicationId, c.id, c.status]).sort(),
      [
        [id.older, commandId.olderOpen, OutboxStatus.Delivered],
        [id.newer, commandId.newerOpen, OutboxStatus.Pending],
      ].sort(),
    );
    assert.deepEqual(await sut.findOpenCommands([]), new Map());
  });

  it('reads one application with the time it entered its status', async () => {
    const dwell = await sut.findDwell(id.oldLead!);
    assert.equal(dwell?.since.getTime(), ago(10).getTime());
    assert.equal(await sut.findDwell(randomUUID()), null);
  });

  it('lists across every rule, oldest first, with the pending commands', async () => {
    const list = new ListStuckApplicationsUseCase(new DwellLimitPolicy(), sut);
    const page = await list.execute(10, NOW);
    assert.deepEqual(
      page.items.map((item) => [item.applicationId, item.status, item.pendingCommand?.commandId ?? null]),
      [
        ...[id.kuber, id.ocean, id.noPartner].sort().map((appId) => [appId, S.LenderReview, null]),
        [id.older, S.KycInProgress, commandId.olderOpen],
        [id.newer, S.KycInProgress, commandId.newerOpen],
      ],
    );
    assert.equal(page.items.at(-1)!.pendingCommand?.lastError, 'UPSTREAM_UNAVAILABLE');
  });
});
