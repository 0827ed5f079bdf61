import { FindOperator } from 'typeorm';

type Row = Record<string, unknown>;
type EntityClass = abstract new (...args: never[]) => object;

/** The few `where` shapes the durable classes use: equality, In, Not and LessThan. */
export function matches(row: Row, where: object): boolean {
  return Object.entries(where).every(([key, expected]) => satisfies(row[key], expected));
}

function satisfies(actual: unknown, expected: unknown): boolean {
  if (!(expected instanceof FindOperator)) return actual === expected;
  const operator = expected as FindOperator<unknown>;
  switch (operator.type) {
    case 'in':
      return (operator.value as unknown as unknown[]).includes(actual);
    case 'not':
      return !satisfies(actual, operator.value);
    case 'lessThan':
      return (actual as number) < (operator.value as number);
    default:
      throw new Error(`The in-memory store does not support ${operator.type}`);
  }
}

/**
 * Tables keyed by primary key, with the atomic operations MySQL gives the durable path (insert-ignore on the
 * key, conditional update returning the affected count) and transactions that roll back on error.
 */
export class InMemoryStore {
  private tables = new Map<EntityClass, Map<string, Row>>();
  private readonly keys = new Map<EntityClass, string>();

  constructor(keys: [EntityClass, string][]) {
    for (const [entity, key] of keys) {
      this.keys.set(entity, key);
      this.tables.set(entity, new Map());
    }
  }

  rows<T>(entity: EntityClass): T[] {
    return [...this.table(entity).values()].map((row) => ({ ...row }) as T);
  }

  insertIgnore(entity: EntityClass, values: object): number {
    const key = String((values as Row)[this.keys.get(entity)!]);
    if (this.table(entity).has(key)) return 0;
    this.table(entity).set(key, { ...values });
    return 1;
  }

  insert(entity: EntityClass, values: object): void {
    if (this.insertIgnore(entity, values) === 0) throw new Error('ER_DUP_ENTRY');
  }

  update(entity: EntityClass, where: object, patch: object): number {
    let affected = 0;
    for (const row of this.table(entity).values()) {
      if (!matches(row, where)) continue;
      Object.assign(row, patch);
      affected++;
    }
    return affected;
  }

  findOneBy<T>(entity: EntityClass, where: object): T | null {
    const row = [...this.table(entity).values()].find((candidate) => matches(candidate, where));
    return row ? ({ ...row } as T) : null;
  }

  /** A repository of one entity, with the methods the durable classes call on theirs. */
  repository(entity: EntityClass) {
    return {
      findOneBy: async (where: object) => this.findOneBy(entity, where),
      findOneByOrFail: async (where: object) => {
        const row = this.findOneBy(entity, where);
        if (!row) throw new Error('EntityNotFound');
        return row;
      },
      find: async ({ where, take }: { where: object; take?: number }) =>
        this.rows<Row>(entity)
          .filter((row) => matches(row, where))
          .slice(0, take),
      update: async (where: object, patch: object) => ({ affected: this.update(entity, where, patch) }),
      createQueryBuilder: () => this.insertBuilder(entity),
    };
  }

  /** A DataSource whose transactions see this store and roll it back when the work throws. */
  dataSource() {
    return {
      transaction: async <T>(work: (manager: ReturnType<InMemoryStore['manager']>) => Promise<T>): Promise<T> => {
        const snapshot = new Map([...this.tables].map(([entity, rows]) => [entity, new Map([...rows].map(([k, v]) => [k, { ...v }]))]));
        try {
          return await work(this.manager());
        } catch (error) {
          this.tables = snapshot;
          throw error;
        }
      },
      getRepository: (entity: EntityClass) => this.repository(entity),
    };
  }

  manager() {
    return {
      insert: async (entity: EntityClass, values: object) => this.insert(entity, values),
      update: async (entity: EntityClass, where: object, patch: object) => ({ affected: this.update(entity, where, patch) }),
      findOneBy: async (entity: EntityClass, where: object) => this.findOneBy(entity, where),
      createQueryBuilder: () => ({ insert: () => ({ into: (entity: EntityClass) => this.insertBuilder(entity).insert() }) }),
    };
  }

  private insertBuilder(entity: EntityClass) {
    return {
      insert: () => ({
        orIgnore: () => ({
          values: (values: object) => {
            const insert = {
              updateEntity: () => insert,
              execute: async () => ({ raw: { affectedRows: this.insertIgnore(entity, values) } }),
            };
            return insert;
          },
        }),
      }),
    };
  }

  private table(entity: EntityClass): Map<string, Row> {
    const table = this.tables.get(entity);
    if (!table) throw new Error(`No in-memory table for ${entity.name}`);
    return table;
  }
}
