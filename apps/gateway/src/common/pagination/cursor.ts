import { AppException } from '@los/common';
import { ErrorCode } from '@los/contracts';

/** Where a page ended: the last item's sort value and id, under the sort it was listed with. */
export interface CursorPosition {
  sort: string;
  order: 'asc' | 'desc';
  value: string;
  id: string;
}

const VERSION = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_CURSOR_CHARS = 512;

/** An opaque `after` value: clients pass it back unchanged and must not build one. */
export function encodeCursor({ sort, order, value, id }: CursorPosition): string {
  return Buffer.from(JSON.stringify([VERSION, sort, order, value, id])).toString('base64url');
}

/** The position a cursor names; a cursor that is not ours, or was issued for another sort, is a 400 INVALID_CURSOR. */
export function decodeCursor(raw: string, sort: string, order: 'asc' | 'desc'): CursorPosition {
  const decoded = parse(raw);
  if (!decoded) throw new AppException(ErrorCode.InvalidCursor, 'after is not a cursor this list issued');
  if (decoded.sort !== sort || decoded.order !== order) {
    throw new AppException(ErrorCode.InvalidCursor, 'after was issued for another sort or order; start again without it');
  }
  return decoded;
}

function parse(raw: string): CursorPosition | null {
  if (raw.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(raw)) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || parts.length !== 5 || parts[0] !== VERSION) return null;
    const [, sort, order, value, id] = parts as unknown[];
    if (typeof sort !== 'string' || (order !== 'asc' && order !== 'desc') || typeof value !== 'string') return null;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    return { sort, order, value, id };
  } catch {
    return null;
  }
}
