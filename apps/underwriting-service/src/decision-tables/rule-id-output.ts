/** The output every row gets at compile time: its own `_id`, so the result names the matched rules. */
export const RULE_ID_OUTPUT = '__rule';

type Json = Record<string, unknown>;

/**
 * A copy of the content whose decision table rows also output their `_id` (as RULE_ID_OUTPUT). Reading rule ids
 * from the result costs nothing, where zen's trace copies the whole context at every node and halves throughput.
 */
export function withRuleIdOutput(content: object): object {
  const graph = content as Json;
  if (!Array.isArray(graph.nodes)) return content;
  return {
    ...graph,
    nodes: graph.nodes.map((node: Json) => {
      const table = node?.type === 'decisionTableNode' ? (node.content as Json | undefined) : undefined;
      if (!table || !Array.isArray(table.outputs) || !Array.isArray(table.rules)) return node;
      return {
        ...node,
        content: {
          ...table,
          outputs: [...table.outputs, { id: RULE_ID_OUTPUT, name: 'Rule', field: RULE_ID_OUTPUT }],
          rules: table.rules.map((rule: Json) => ({ ...rule, [RULE_ID_OUTPUT]: JSON.stringify(String(rule?._id ?? '')) })),
        },
      };
    }),
  };
}
