import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { decisionTableIdOf, type EngineOutcome, type UnderwritingInput } from '@los/contracts';
import { type ZenDecision, ZenEngine } from '@gorules/zen-engine';
import { DecisionEngineError } from './decision-engine.error.js';
import { DecisionTablesRepository } from './decision-tables.repository.js';
import { RULE_ID_OUTPUT, withRuleIdOutput } from './rule-id-output.js';
import { combineRows, parseRowOutput } from './table-row-output.js';
import { underwritingFacts } from './underwriting-facts.js';

export interface TableToEvaluate {
  tableId: string;
  /** 0 for a draft that is not published (a simulation). */
  version: number;
  content: object;
}

const MAX_CACHED_DECISIONS = 500;

/**
 * Evaluates decision tables with zen-engine. A version never changes, so its compiled decision is cached
 * by (tableId, version). Every failure throws a DecisionEngineError: the caller refers the case (ENGINE_ERROR);
 * nothing here ever turns an error into an approval.
 */
@Injectable()
export class DecisionEngine {
  private readonly zen = new ZenEngine();
  private readonly compiled = new Map<string, ZenDecision>();

  constructor(private readonly tables: DecisionTablesRepository) {}

  /** The active (latest) table of the input's product and lender. */
  async decide(input: UnderwritingInput): Promise<EngineOutcome> {
    const tableId = decisionTableIdOf(input.product, input.lender);
    const table = await this.tables.findActive(tableId);
    if (!table) throw new DecisionEngineError(`no decision table ${tableId}`);
    return this.decideWith(table, input);
  }

  /** A given table version: replay of a stored decision, or a draft in a simulation. */
  async decideWith(table: TableToEvaluate, input: UnderwritingInput): Promise<EngineOutcome> {
    const startedAt = performance.now();
    const decision = this.compile(table);
    const facts = underwritingFacts(input);
    let response;
    try {
      response = await decision.evaluate(facts);
    } catch (error) {
      throw new DecisionEngineError(`${table.tableId} v${table.version} failed to evaluate`, { cause: error });
    }
    const rawRows = (Array.isArray(response.result) ? response.result : isEmpty(response.result) ? [] : [response.result]) as Record<
      string,
      unknown
    >[];
    const matchedRules = rawRows.map((row) => String(row[RULE_ID_OUTPUT]));
    const combined = combineRows(rawRows.map((row, i) => parseRowOutput(row, matchedRules[i])));
    return { tableId: table.tableId, version: table.version, ...combined, matchedRules, durationMs: performance.now() - startedAt };
  }

  private compile(table: TableToEvaluate): ZenDecision {
    // Published versions (1+) never change; a draft (version 0) is known by its content.
    const key =
      table.version > 0
        ? `${table.tableId}@${table.version}`
        : `${table.tableId}@draft:${createHash('sha256').update(JSON.stringify(table.content)).digest('hex')}`;
    let decision = this.compiled.get(key);
    if (!decision) {
      try {
        decision = this.zen.createDecision(withRuleIdOutput(table.content));
        decision.validate();
      } catch (error) {
        throw new DecisionEngineError(`${key} does not compile`, { cause: error });
      }
      // Simulations compile drafts with their own keys; an old entry goes first when the cache is full.
      if (this.compiled.size >= MAX_CACHED_DECISIONS) this.compiled.delete(this.compiled.keys().next().value as string);
      this.compiled.set(key, decision);
    }
    return decision;
  }
}

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'object' && Object.keys(value).length === 0);
}
