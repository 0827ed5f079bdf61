/** A lender's own HTTP answer in its own error shape; `LenderErrorFilter` writes it as is. */
export class LenderHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`lender answered ${status}`);
  }
}

/** How a lender shapes an error body; registered with the fault module so faults look like the lender's own. */
export type LenderErrorBody = (status: number, code: string, message: string) => unknown;
