// Reading the audit log, with its rights: managers read their spaces' history (subtree included),
// a person reads their own changes, administrators read everything. Places, themes and territories
// are shared vocabulary without private fields: their history is public.
import type { Access } from '../auth/access.js';
import { RULES, isSpace, requireRole, requireSignedIn, type Author } from '../auth/rights.js';
import type { Db } from '../db/driver.js';
import { ENTITY_KINDS, requireVisible } from '../auth/lookup.js';
import { AppError } from '../errors.js';
import type { ChangeFilter } from '../generated/graphql.js';
import type { ChangeRecord, EntityRecord, Page } from '../records.js';
import { decodeCursor, encodeCursor, pageSize } from '../shared/pagination.js';
import { instant } from '../shared/validate.js';

/**
 * `access` is the reader's: a record about an entity they may not see (a link from a members-only
 * action to a public place, say) stays out of the histories of entities and subtrees. A person's own
 * changes show whole to them.
 */
export async function listChanges(
  db: Db,
  args: { filter?: ChangeFilter | null; first?: number | null; after?: string | null },
  by: Author,
  access: Access,
): Promise<Page<ChangeRecord>> {
  const f = args.filter ?? {};
  const limit = pageSize(args.first, 50);
  const after = decodeCursor(args.after);
  return db.read(async (tx) => {
    let startIds: string[] | null = null;
    const scoped = [f.entityId, f.subtreeOf].filter((id): id is string => id != null);
    if (scoped.length > 0) {
      // The entities asked about, as the reader may see them: a hidden one is answered as an unknown one.
      const found = await requireVisible(tx, by, [
        { field: 'filter.entityId', ids: f.entityId != null ? [f.entityId] : [], kinds: ENTITY_KINDS },
        { field: 'filter.subtreeOf', ids: f.subtreeOf != null && f.subtreeOf !== f.entityId ? [f.subtreeOf] : [], kinds: ENTITY_KINDS },
      ]);
      for (const id of new Set(scoped)) {
        const e = found.get(id) as EntityRecord;
        if (isSpace(e)) await requireRole(tx, by, [e], RULES.readAuditLog, `read the history of "${e.name}"`);
      }
      if (f.subtreeOf != null) {
        const [row] = await tx.run<{ ids: string[] }>('change/list-subtree-ids', { id: f.subtreeOf });
        startIds = row?.ids ?? [];
        if (f.entityId != null) startIds = startIds.includes(f.entityId) ? [f.entityId] : [];
      } else {
        startIds = [f.entityId!];
      }
    } else if (f.personId != null) {
      if (!by.isAdmin && requireSignedIn(by, 'read a history') !== f.personId) {
        throw new AppError('FORBIDDEN', 'You may read your own changes only (administrators read everyone’s).');
      }
    } else if (!by.isAdmin) {
      requireSignedIn(by, 'read the history');
      throw new AppError('FORBIDDEN', 'Only administrators read the whole history; give filter.entityId, filter.subtreeOf or your own filter.personId.');
    }
    const [row] = await tx.run<{ total: number; nodes: ChangeRecord[] }>('change/list-changes', {
      startIds,
      access: startIds === null ? null : access,
      personId: f.personId ?? null,
      from: instant(f.from),
      to: instant(f.to),
      afterSeq: after ? Number(after.k) : null,
      limit: limit + 1,
    });
    const nodes = (row?.nodes ?? []).slice(0, limit);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: row?.total ?? 0,
      pageInfo: { hasNextPage: (row?.nodes.length ?? 0) > limit, endCursor: last ? encodeCursor({ k: last.seq, id: String(last.seq) }) : null },
    };
  });
}

/** The newest change record's sequence number and time: changes whenever anything is written. */
export async function latestChange(db: Db): Promise<{ seq: number; at: string | null }> {
  const [row] = await db.query<{ seq: number; at: string | null }>('change/latest-change');
  return row ?? { seq: 0, at: null };
}

/** Number of change records of each entity as its own (its creation and every edit of it). */
export async function countEntityChanges(db: Db, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.query<{ id: string; count: number }>('change/count-entity-changes', { ids });
  return new Map(rows.map((r) => [r.id, r.count]));
}
