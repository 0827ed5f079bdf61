import type { HitPolicy } from '../validation/jdm-content.js';

export interface TableColumn {
  id: string;
  name: string;
  field: string;
}

/** One row: its id, input cells by column id (absent = any) and its outputs as values (turned into JDM literals). */
export interface TableRow {
  id: string;
  when: Record<string, string>;
  decision: 'APPROVE' | 'REFER' | 'REJECT';
  reasonCode: string;
  reasonText: string;
  borrowerFacing: boolean;
  maxAmount?: string;
  documentsRequired?: string[];
}

export const OUTPUT_COLUMNS: readonly TableColumn[] = [
  { id: 'decision', name: 'Decision', field: 'decision' },
  { id: 'reasonCode', name: 'Reason code', field: 'reasonCode' },
  { id: 'reasonText', name: 'Reason text', field: 'reasonText' },
  { id: 'borrowerFacing', name: 'Borrower facing', field: 'borrowerFacing' },
  { id: 'maxAmount', name: 'Max amount', field: 'maxAmount' },
  { id: 'documentsRequired', name: 'Documents required', field: 'documentsRequired' },
];

/** A JDM graph of one decision table between the input and output nodes, as the GoRules editor saves it. */
export function buildDecisionTable(name: string, hitPolicy: HitPolicy, inputs: readonly TableColumn[], rows: readonly TableRow[]) {
  return {
    nodes: [
      { id: 'request', type: 'inputNode', name: 'Request', position: { x: 0, y: 0 } },
      {
        id: 'table',
        type: 'decisionTableNode',
        name,
        position: { x: 300, y: 0 },
        content: {
          hitPolicy,
          inputs,
          outputs: OUTPUT_COLUMNS,
          rules: rows.map((row) => ({
            _id: row.id,
            ...Object.fromEntries(inputs.map((column) => [column.id, row.when[column.id] ?? ''])),
            decision: JSON.stringify(row.decision),
            reasonCode: JSON.stringify(row.reasonCode),
            reasonText: JSON.stringify(row.reasonText),
            borrowerFacing: String(row.borrowerFacing),
            maxAmount: row.maxAmount === undefined ? '' : JSON.stringify(row.maxAmount),
            documentsRequired: row.documentsRequired === undefined ? '' : JSON.stringify(row.documentsRequired),
          })),
        },
      },
      { id: 'response', type: 'outputNode', name: 'Response', position: { x: 600, y: 0 } },
    ],
    edges: [
      { id: 'request-table', sourceId: 'request', targetId: 'table', type: 'edge' },
      { id: 'table-response', sourceId: 'table', targetId: 'response', type: 'edge' },
    ],
  };
}
