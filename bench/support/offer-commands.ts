import { randomUUID } from 'node:crypto';
import { JobName, MessagePattern, outboxQueueOf, ServiceName } from '@los/contracts';
import Bull from 'bull';
import type { Connection } from 'mysql2/promise';

/** Far enough out that the gateway's outbox sweeper does not re-send a command while the bench measures it. */
const DUE_AFTER_MS = 10 * 60_000;
const BATCH = 1_000;

/**
 * Records `offer.cmd.compute-offers.v1` in the gateway's outbox for each application, as entering KYC_VERIFIED does
 * (compute-offers.trigger.ts), in one transaction, and returns the recording time; then hands every command to the
 * gateway's delivery queue as `CommandOutbox.deliver` does after commit.
 */
export async function recordComputeOffers(gatewayDb: Connection, redisUrl: string, applicationIds: string[]): Promise<Date> {
  const { recordedAt, commandIds } = await recordOnly(gatewayDb, applicationIds);
  const queue = deliveryQueue(redisUrl);
  try {
    await handToDelivery(queue, commandIds);
  } finally {
    await queue.close();
  }
  return recordedAt;
}

/** The gateway's outbox delivery queue, for `handToDelivery`; close it when done. */
export const deliveryQueue = (redisUrl: string) => new Bull(outboxQueueOf(ServiceName.Gateway), redisUrl, { prefix: 'los' });

/** Hands recorded commands to the gateway's delivery queue, as `CommandOutbox.deliver` does after commit. */
export async function handToDelivery(queue: Bull.Queue, commandIds: string[]): Promise<void> {
  await queue.addBulk(
    commandIds.map((commandId) => ({
      name: JobName.Deliver,
      data: { commandId },
      opts: { jobId: `${commandId}:0`, attempts: 5, removeOnComplete: true, removeOnFail: 1_000 },
    })),
  );
}

/**
 * Records the commands without handing them over: a closed loop hands each over when it starts that computation,
 * so recording (which costs MariaDB, and belongs to the move into KYC_VERIFIED) is not counted in the computation.
 * Command ids come back in the order of `applicationIds`.
 */
export async function recordOnly(gatewayDb: Connection, applicationIds: string[]): Promise<{ recordedAt: Date; commandIds: string[] }> {
  const placeholders = applicationIds.map(() => '?').join(', ');
  const [rows] = await gatewayDb.query<any[]>(
    `SELECT id, DATE_FORMAT(dob, '%Y-%m-%d') AS dob, monthly_income, existing_emi_monthly, employment_type, pincode, state, pan, loan_amount, tenure_months
     FROM applications WHERE id IN (${placeholders})`,
    applicationIds,
  );
  const recordedAt = new Date();
  const dueAt = new Date(recordedAt.getTime() + DUE_AFTER_MS);
  const commandOf = new Map<string, string>();
  const commands = rows.map((row) => {
    const commandId = randomUUID();
    commandOf.set(row.id, commandId);
    const envelope = {
      commandId,
      pattern: MessagePattern.ComputeOffers,
      sender: ServiceName.Gateway,
      correlationId: randomUUID(),
      issuedAt: recordedAt.toISOString(),
      payload: {
        applicationId: row.id,
        applicant: {
          dob: row.dob,
          monthlyIncome: row.monthly_income,
          existingEmiMonthly: row.existing_emi_monthly,
          employmentType: row.employment_type,
          pincode: row.pincode,
          state: row.state,
          pan: row.pan,
        },
        loan: { amount: row.loan_amount, tenureMonths: row.tenure_months },
      },
    };
    return [commandId, MessagePattern.ComputeOffers, JSON.stringify(envelope), 'PENDING', 0, recordedAt, dueAt];
  });
  await gatewayDb.beginTransaction();
  for (let i = 0; i < commands.length; i += BATCH) {
    await gatewayDb.query('INSERT INTO outbox_commands (id, pattern, envelope, status, attempts, created_at, due_at) VALUES ?', [
      commands.slice(i, i + BATCH),
    ]);
  }
  await gatewayDb.commit();
  return { recordedAt, commandIds: applicationIds.map((id) => commandOf.get(id)!) };
}

/** Milliseconds from `recordedAt` to each application's first move out of KYC_VERIFIED, read from the status log. */
export async function settledAfter(gatewayDb: Connection, applicationIds: string[], recordedAt: Date) {
  const [rows] = await gatewayDb.query<any[]>(
    `SELECT application_id, to_status, MIN(at) AS at FROM application_status_log
     WHERE from_status = 'KYC_VERIFIED' AND application_id IN (${applicationIds.map(() => '?').join(', ')})
     GROUP BY application_id, to_status`,
    applicationIds,
  );
  return rows.map((row) => ({ status: row.to_status as string, ms: new Date(row.at).getTime() - recordedAt.getTime() }));
}
