// The one lookup of the ids a write's input names, made before any rights check: it returns only
// what the author may see, by the rules of the reads (cypher/auth/find-visible.cypher), so an id
// naming something hidden is answered exactly as an id naming nothing — NOT_FOUND, one message shape,
// the input field — and nothing confirms that it exists. Only what it returns may a message name.
import type { ContentLabel, ContentRecord } from '../content/content.store.js';
import type { Tx } from '../db/driver.js';
import { badInput, notFound } from '../errors.js';
import type { EntityRecord, EntityType, InvitationRecord, JoinRequestRecord, LinkRecord, MembershipRecord } from '../records.js';
import type { Author } from './rights.js';

/** What a lookup needs of the author: what they may see, who they are (their own memberships, invitations), and when. */
export type Seer = Pick<Author, 'access' | 'personId' | 'now'>;

export type MembershipFound = MembershipRecord & { __typename: 'Membership' };
export type InvitationFound = InvitationRecord & { __typename: 'Invitation' };
export type JoinRequestFound = JoinRequestRecord & { __typename: 'JoinRequest' };
export type LinkFound = LinkRecord & { __typename: 'Link' };

/** Anything an input may name by id. */
export type Found = EntityRecord | ContentRecord | MembershipFound | InvitationFound | JoinRequestFound;
export type Kind = EntityType | ContentLabel | 'Membership' | 'Invitation' | 'JoinRequest';

/** The record type a kind is found as. */
export type FoundAs<K extends Kind> = K extends EntityType
  ? Extract<EntityRecord, { __typename: K }>
  : K extends ContentLabel
    ? ContentRecord
    : Extract<MembershipFound | InvitationFound | JoinRequestFound, { __typename: K }>;

/** The entities with members. */
export const SPACE_KINDS = ['Actor', 'Action', 'Partnership'] as const satisfies readonly EntityType[];
export const ENTITY_KINDS = ['Actor', 'Action', 'Place', 'Theme', 'Territory', 'Partnership'] as const satisfies readonly EntityType[];

/** One input field's ids and the kinds they may name. */
export interface Want {
  field: string;
  ids: readonly string[];
  kinds: readonly Kind[];
}

const NOUNS: Partial<Record<Kind, string>> = { JoinRequest: 'join request', Media: 'media item' };

/** What the message says was looked for: "actor", "page, article or action", "space (actor, action or partnership)". */
export function nounOf(kinds: readonly Kind[]): string {
  if (kinds.length === SPACE_KINDS.length && SPACE_KINDS.every((k) => kinds.includes(k))) return 'space (actor, action or partnership)';
  if (kinds.length === ENTITY_KINDS.length && ENTITY_KINDS.every((k) => kinds.includes(k))) return 'entity';
  const words = kinds.map((k) => NOUNS[k] ?? k.toLowerCase());
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}` : (words[0] ?? 'item');
}

/** The ids the author may see among those given, with their records; the others are simply absent. */
export async function findVisible(tx: Tx, by: Seer, ids: readonly string[]): Promise<Map<string, Found>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.run<{ id: string; node: Record<string, unknown> }>('auth/find-visible', { ids: [...new Set(ids)], access: by.access, personId: by.personId, now: by.now });
  return new Map(
    rows.map((r) => {
      const { searchText: _t, sortName: _n, score: _s, ...record } = r.node;
      return [r.id, record as unknown as Found];
    }),
  );
}

/**
 * Looks up every id of every given field at once and refuses the first that is missing, hidden or of
 * another kind than its field expects, with NOT_FOUND on that field (a field listing an id twice is
 * BAD_USER_INPUT). Returns every record found, by id.
 */
export async function requireVisible(tx: Tx, by: Seer, wants: readonly Want[]): Promise<Map<string, Found>> {
  const given = wants.filter((w) => w.ids.length > 0);
  for (const w of given) if (new Set(w.ids).size !== w.ids.length) throw badInput(w.field, `${w.field} lists the same id twice.`);
  const found = await findVisible(tx, by, given.flatMap((w) => w.ids));
  for (const w of given) {
    for (const id of w.ids) {
      const record = found.get(id);
      if (!record || !w.kinds.includes(record.__typename)) throw notFound(nounOf(w.kinds), id, w.field);
    }
  }
  return found;
}

/** requireVisible for one id: the record, typed by the kinds it may be. */
export async function requireOne<K extends Kind>(tx: Tx, by: Seer, field: string, id: string, kinds: readonly K[]): Promise<FoundAs<K>> {
  return (await requireVisible(tx, by, [{ field, ids: [id], kinds }])).get(id) as FoundAs<K>;
}

/** A record of a lookup, typed by the kinds its field allowed (requireVisible checked them). */
export function foundAs<K extends Kind>(found: Map<string, Found>, id: string, _kinds: readonly K[]): FoundAs<K> {
  return found.get(id) as FoundAs<K>;
}

/** A link is visible when both its ends are: otherwise it is answered as a link that does not exist. */
export async function requireVisibleLink(tx: Tx, by: Seer, field: string, link: LinkRecord | null, id: string): Promise<LinkFound> {
  const ends = link ? await findVisible(tx, by, [link.from.id, link.to.id]) : new Map<string, Found>();
  if (!link || !ends.has(link.from.id) || !ends.has(link.to.id)) throw notFound('link', id, field);
  return { ...link, __typename: 'Link' };
}

/**
 * The author as someone who may also see the given ids (a proposal shows to the editors of the actor
 * invited into it, before that actor is a party): a grant the caller has checked, never from input.
 */
export function seeingAlso<T extends Seer>(by: T, ids: readonly string[]): T {
  return by.access.isAdmin ? by : { ...by, access: { ...by.access, spaceIds: [...by.access.spaceIds, ...ids] } };
}
