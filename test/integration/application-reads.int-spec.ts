import 'reflect-metadata';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser } from '@los/common';
import { ApplicationStatus, PartnerStatus, Role } from '@los/contracts';
import { ApplicationReadsRepository } from '../../apps/gateway/src/applications/application-reads.repository.js';
import { ApplicationEntity } from '../../apps/gateway/src/applications/application.entity.js';
import { AttentionCode } from '../../apps/gateway/src/applications/attention/attention-code.js';
import { AttentionItemEntity } from '../../apps/gateway/src/applications/attention/attention-item.entity.js';
import { applicationRow } from '../support/application-rows.js';
import { migratedGatewayDatabase } from '../support/gateway-database.js';

const DATABASE = `t_appreads_${process.pid}`;

/** The raw read by id against TypeORM's hydration of the same rows: every field, type and order must match. */
describe('application reads: the raw read hydrates what TypeORM did', () => {
  let database: Awaited<ReturnType<typeof migratedGatewayDatabase>> | undefined;
  let dataSource: DataSource;
  let sut: ApplicationReadsRepository;
  const owner = randomUUID();
  const full = randomUUID();
  const bare = randomUUID();

  const application = (id: string, extra: Partial<ApplicationEntity>): Partial<ApplicationEntity> =>
    applicationRow(id, { ownerUserId: owner, updatedAt: new Date('2026-02-01T00:00:00.001Z'), ...extra });

  before(async () => {
    database = await migratedGatewayDatabase(DATABASE);
    dataSource = database.dataSource;
    sut = new ApplicationReadsRepository(dataSource);
    await dataSource.getRepository(ApplicationEntity).insert([
      application(full, {
        channelPartnerCode: 'DSA1',
        status: ApplicationStatus.Disbursed,
        dob: '1969-12-31',
        sanctionedAmount: '240000.00',
        acceptedAmount: '239999.99',
        acceptedOfferId: randomUUID(),
        acceptedPartnerCode: 'ACME',
        documentsRequired: 'SALARY_SLIP,BANK_STATEMENT',
        acceptedProcessingFee: '1999.00',
        acceptedGstOnFees: '359.82',
        hasExtra: true,
        idempotencyKey: 'key-1',
        partnerCode: 'ACME',
        partnerReference: 'REF-1',
        partnerStatus: PartnerStatus.Disbursed,
        version: 12,
      }),
      application(bare, {}),
    ]);
    const item = (code: AttentionCode, createdAt: string, resolvedAt: string | null) => ({
      applicationId: full,
      code,
      reason: `why ${code}`,
      commandId: code === AttentionCode.KycCommandRefused ? randomUUID() : null,
      createdAt: new Date(createdAt),
      resolvedAt: resolvedAt ? new Date(resolvedAt) : null,
    });
    await dataSource
      .getRepository(AttentionItemEntity)
      .insert([
        item(AttentionCode.UnderwritingFailed, '2026-03-01T10:00:00.500Z', null),
        item(AttentionCode.KycCommandRefused, '2026-03-01T09:00:00.000Z', '2026-03-02T09:00:00.000Z'),
        item(AttentionCode.PartnerNotSubmitted, '2026-03-01T08:00:00.250Z', null),
      ]);
  });

  after(async () => {
    await database?.drop();
  });

  /** The query builder read the route used before, kept here as the reference. */
  async function typeormRead(id: string) {
    const row = await dataSource
      .getRepository(ApplicationEntity)
      .createQueryBuilder('application')
      .leftJoinAndMapMany(
        'application.openAttention',
        AttentionItemEntity,
        'item',
        'item.applicationId = application.id AND item.resolvedAt IS NULL',
      )
      .where({ id })
      .orderBy('item.id', 'ASC')
      .getOne();
    const { openAttention, ...rest } = row as ApplicationEntity & { openAttention?: AttentionItemEntity[] };
    return { application: Object.assign(new ApplicationEntity(), rest), attention: openAttention ?? [] };
  }

  const staff = { id: randomUUID(), role: Role.Admin } as AuthenticatedUser;

  for (const [name, id] of [
    ['every column set, open and resolved attention items', () => full],
    ['nullable columns null, no attention items', () => bare],
  ] as const) {
    it(name, async () => {
      const expected = await typeormRead(id());
      const actual = await sut.findVisibleWithAttention(staff, id());
      assert.deepEqual(actual, expected);
      assert.equal(actual?.attention.length, id() === full ? 2 : 0);
    });
  }

  it('sees what the caller may see, and nothing else', async () => {
    const applicant = (userId: string) => ({ id: userId, role: Role.Applicant }) as AuthenticatedUser;
    const agent = (partnerCode: string | null) => ({ id: randomUUID(), role: Role.PartnerAgent, partnerCode }) as AuthenticatedUser;
    assert.equal((await sut.findVisibleWithAttention(applicant(owner), bare))?.application.id, bare);
    assert.equal(await sut.findVisibleWithAttention(applicant(randomUUID()), bare), null);
    assert.equal((await sut.findVisibleWithAttention(agent('DSA1'), full))?.application.id, full);
    assert.equal(await sut.findVisibleWithAttention(agent('DSA1'), bare), null);
    assert.equal(await sut.findVisibleWithAttention(agent(null), full), null);
    assert.equal(await sut.findVisibleWithAttention(staff, randomUUID()), null);
  });
});
