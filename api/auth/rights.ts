// The rights rules, in one place (docs/rights.md is the same table in prose). Every mutation calls one
// of these checks inside its transaction, before it writes.
import { AppError } from '../errors.js';
import type { Tx } from '../db/driver.js';
import { maySee, type Access } from './access.js';
import type { LinkType } from '../link/link-rules.js';
import type { EntityRecord, SpaceRecord } from '../records.js';

export type Role = 'MANAGER' | 'EDITOR' | 'MEMBER';
export const ROLE_RANK: Record<Role, number> = { MEMBER: 1, EDITOR: 2, MANAGER: 3 };

/** Who is writing, and when: passed to every store function that writes. */
export interface Author {
  personId: string | null;
  isAdmin: boolean;
  now: string;
  /**
   * What the author may see (the request's reader access, computed once per request). Every id in a
   * write's input is looked up through it first (api/auth/lookup.ts), so a hidden id is answered as
   * a missing one.
   */
  access: Access;
}

/**
 * What each kind of change requires, as the minimum effective role in the space concerned.
 * Effective role = the person's own current role in the space, or a MANAGER/EDITOR role held on a
 * space above it (PART_OF ancestors; for a partnership, its parties and their ancestors), whichever
 * is higher. MEMBER roles do not pass down. Administrators may do everything.
 */
export const RULES = {
  /** See a space's members-only items and fields, and its member list. */
  readMembersOnly: 'MEMBER',
  /** Change a space's own fields; attach sub-spaces, places, themes; list it in a partnership. */
  editSpace: 'EDITOR',
  /** Invite, accept, change roles, end memberships; read the space's audit log. */
  manageMembers: 'MANAGER',
  readAuditLog: 'MANAGER',
} as const satisfies Record<string, Role>;

/**
 * Rights on links, by type: `both` = EDITOR on each end, `from` = EDITOR on the starting space,
 * `creator` = whoever created the starting entity (themes, places) or an administrator.
 * Ending a link needs the right on `either` end (a member can leave a network; the network can
 * remove a member), or on `from` / `creator` as for creating it.
 */
export const LINK_RIGHTS: Record<LinkType, { create: 'both' | 'from' | 'creator'; end: 'either' | 'from' | 'creator' }> = {
  PART_OF: { create: 'both', end: 'either' },
  CARRIES: { create: 'both', end: 'either' },
  TAKES_PART_IN: { create: 'both', end: 'either' },
  PARTY_TO: { create: 'both', end: 'either' },
  CONCERNS: { create: 'both', end: 'either' },
  LOCATED_AT: { create: 'from', end: 'from' },
  TAGGED: { create: 'from', end: 'from' },
  BROADER: { create: 'creator', end: 'creator' },
  WITHIN: { create: 'creator', end: 'creator' },
};

export function requireSignedIn(author: Author, what: string): string {
  if (!author.personId && !author.isAdmin) throw new AppError('UNAUTHENTICATED', `Sign in to ${what}.`);
  return author.personId ?? '';
}

/** Effective roles of the author in each space (null when none). */
export async function effectiveRoles(tx: Tx, personId: string, spaceIds: readonly string[]): Promise<Map<string, Role | null>> {
  const rows = await tx.run<{ spaceId: string; own: Role[]; inherited: Role[] }>('auth/get-effective-roles', { personId, spaceIds: [...new Set(spaceIds)] });
  const out = new Map<string, Role | null>(spaceIds.map((id) => [id, null]));
  for (const r of rows) {
    const best = [...r.own, ...r.inherited].sort((a, b) => ROLE_RANK[b] - ROLE_RANK[a])[0] ?? null;
    out.set(r.spaceId, best);
  }
  return out;
}

const ROLE_FR: Record<Role, string> = { MANAGER: 'MANAGER', EDITOR: 'EDITOR', MEMBER: 'MEMBER' };

/**
 * Refuses unless the author holds at least `min` in every given space; the message says where and why.
 * The spaces come from the author's lookup (api/auth/lookup.ts), so they are visible to them; a space
 * that is not is still never named (a message may name a space only if the caller may see it).
 */
export async function requireRole(tx: Tx, author: Author, spaces: readonly (Pick<EntityRecord, 'id' | 'name' | '__typename'> & { visibility?: string | null })[], min: Role, what: string): Promise<void> {
  if (author.isAdmin) return;
  const personId = requireSignedIn(author, what);
  if (spaces.length === 0) return;
  const roles = await effectiveRoles(tx, personId, spaces.map((s) => s.id));
  for (const space of spaces) {
    const role = roles.get(space.id) ?? null;
    if (!role || ROLE_RANK[role] < ROLE_RANK[min]) {
      throw new AppError(
        'FORBIDDEN',
        `To ${what}, you need the ${ROLE_FR[min]} role (or higher) in ${maySee(author.access, space) ? `"${space.name}"` : 'this space'}; you have ${role ? `the ${ROLE_FR[role]} role` : 'no role there'}.`,
      );
    }
  }
}

/** Refuses unless the author created the entity (themes, places) or is an administrator. */
export function requireCreator(author: Author, entity: EntityRecord & { createdBy?: string | null }, what: string): void {
  if (author.isAdmin) return;
  const personId = requireSignedIn(author, what);
  if (entity.createdBy !== personId) {
    throw new AppError('FORBIDDEN', `To ${what}, you must have created "${entity.name}" or be an administrator.`);
  }
}

/** Spaces are actors, actions and partnerships: the entities with members. */
export function isSpace(e: EntityRecord): e is SpaceRecord {
  return e.__typename === 'Actor' || e.__typename === 'Action' || e.__typename === 'Partnership';
}
