/** The engine could not decide (no table, a broken table, a row breaking the output convention): the caller refers the case. */
export class DecisionEngineError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DecisionEngineError';
  }
}
