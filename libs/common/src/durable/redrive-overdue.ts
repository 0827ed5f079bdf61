import { LessThan, type FindOptionsWhere, type Repository } from 'typeorm';
import { redriveDelay } from './durable.constants.js';

interface Redrivable {
  id: string;
  attempts: number;
  dueAt: Date;
}

/** Whether the current attempt is still queued or running: re-driving it would only queue the same work twice. */
export type InHand = (id: string, attempts: number) => Promise<boolean>;

/**
 * Claims up to 100 overdue rows and hands each claimed id to `redrive`. The attempts guard lets exactly
 * one replica claim each re-drive; the next deadline moves out with every attempt. A row whose attempt is
 * still `inHand` (slow, not lost) only gets a later deadline, so a backlog is not multiplied by its own re-drives.
 */
export async function redriveOverdue<T extends Redrivable>(
  rows: Repository<T>,
  stillOpen: FindOptionsWhere<T>,
  deadlineMs: number,
  redrive: (id: string, attempt: number) => void,
  inHand: InHand = () => Promise.resolve(false),
): Promise<void> {
  const overdue = await rows.find({
    select: { id: true, attempts: true } as never,
    where: { ...stillOpen, dueAt: LessThan(new Date()) } as FindOptionsWhere<T>,
    order: { dueAt: 'ASC' } as never,
    take: 100,
  });
  for (const { id, attempts } of overdue) {
    if (await inHand(id, attempts)) {
      const later = new Date(Date.now() + redriveDelay(deadlineMs, attempts));
      await rows.update({ id, attempts } as FindOptionsWhere<T>, { dueAt: later } as never);
      continue;
    }
    const dueAt = new Date(Date.now() + redriveDelay(deadlineMs, attempts + 1));
    const claimed = await rows.update({ id, attempts } as FindOptionsWhere<T>, { attempts: attempts + 1, dueAt } as never);
    if (claimed.affected === 1) redrive(id, attempts + 1);
  }
}
