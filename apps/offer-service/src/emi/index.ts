export type { ScheduleRow } from './amortisation.js';
export { calculateEmi } from './emi.calculator.js';
export type { EmiQuoteInput } from './emi-input.js';
export { EmiErrorCode, EmiInputError } from './emi-input.exception.js';
export { type EmiQuote, quoteLoan } from './emi-quote.js';
export { type EmiQuoteJson, type ScheduleRowJson, toEmiQuoteJson } from './emi-quote.mapper.js';
export { type EmiQuoteWire, toEmiQuoteWire } from './emi-quote.wire.js';
export { maxPrincipalForEmi } from './max-principal.js';
export { Decimal } from './money.js';
