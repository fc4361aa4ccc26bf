// Keyset cursors: a cursor holds the sort key and id of the last item, so page 50 costs what page 1 does.
import { badInput } from '../errors.js';

export interface Cursor {
  /** Sort key of the last item (string, number or ISO date; null sorts last). */
  k: string | number | null;
  /** Id of the last item, to break ties. */
  id: string;
}

export const MAX_PAGE_SIZE = 100;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

export function decodeCursor(after: string | null | undefined): Cursor | null {
  if (after === null || after === undefined) return null;
  try {
    const value = JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof value.id === 'string' && (value.k === null || typeof value.k === 'string' || typeof value.k === 'number')) {
      return { k: value.k, id: value.id };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput('after', 'The cursor is not valid: pass the `endCursor` of a previous page, unchanged.');
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > MAX_PAGE_SIZE) {
    throw badInput('first', `The page size must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return n;
}

/** Builds a page from `limit + 1` fetched rows: the extra row only says that more follow. */
export function toPage<T extends { id: string }>(rows: T[], limit: number, total: number, key: (row: T) => Cursor['k']): {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
} {
  const nodes = rows.slice(0, limit);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor({ k: key(last), id: last.id }) : null },
    totalCount: total,
  };
}
