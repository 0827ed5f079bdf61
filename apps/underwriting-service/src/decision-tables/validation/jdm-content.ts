/** The hit policies zen-engine's decision table node knows. */
export type HitPolicy = 'first' | 'collect';
export const HIT_POLICIES: readonly HitPolicy[] = ['first', 'collect'];
