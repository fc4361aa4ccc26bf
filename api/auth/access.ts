// Who is reading: the parameter every read statement filters with, so members-only items never leave
// the database for someone who may not see them. Computed once per request.
import type { Db } from '../db/driver.js';

/** Passed to Cypher as `$access`. An item is visible when PUBLIC, or to administrators, or when its space is in `spaceIds`. */
export interface Access {
  isAdmin: boolean;
  /** Spaces whose members-only items this reader may see (see docs/rights.md). */
  spaceIds: string[];
}

/** Anonymous visitors: public items only. */
export const PUBLIC_ACCESS: Access = Object.freeze({ isAdmin: false, spaceIds: [] }) as Access;
/** The system itself (imports, demo, checks inside a mutation): everything. */
export const SYSTEM_ACCESS: Access = Object.freeze({ isAdmin: true, spaceIds: [] }) as Access;

export async function accessOf(db: Db, personId: string | null, isAdmin: boolean): Promise<Access> {
  if (!personId) return PUBLIC_ACCESS;
  if (isAdmin) return { isAdmin: true, spaceIds: [] };
  const [row] = await db.query<{ ids: string[] }>('auth/list-visible-spaces', { personId });
  return { isAdmin: false, spaceIds: row?.ids ?? [] };
}

/**
 * Whether a reader may see an entity already loaded: the rule of cypher/entity/visible-entity.cypher,
 * for messages only (what a message may name). Lookups filter in the Cypher, never with this.
 */
export function maySee(access: Access, entity: { id: string; visibility?: string | null }): boolean {
  return entity.visibility == null || entity.visibility === 'PUBLIC' || access.isAdmin || access.spaceIds.includes(entity.id);
}
