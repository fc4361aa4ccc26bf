// Per-request context: the database, the reader (viewer and access), the reading instant, the
// session cookie hooks, and DataLoaders so nested fields of a list cost one query per field.
import DataLoader from 'dataloader';
import { PUBLIC_ACCESS, type Access } from './auth/access.js';
import { createServerLimits, type ServerLimits } from './auth/rate-limit.js';
import { effectiveRoles, type Author, type Role } from './auth/rights.js';
import type { Db } from './db/driver.js';
import type { Deadline } from './shared/deadline.js';
import { createMailer, type MailSetup } from './mail/mailer.js';
import { getEntitiesByIds, listLinks, listPartOfTree, type LinkQuery } from './entity/entity.store.js';
import type { EntityRecord, LinkHistoryRecord, LinkedRecord, MembershipRecord, Page, PublicPersonRecord, TreeRecord } from './records.js';
import { listLinkHistory, type LinkHistoryQuery } from './link/link.store.js';
import { getPeopleByIds, listMembers } from './member/member.store.js';
import { getContentByIds, listContentLinks, type ContentRecord } from './content/content.store.js';
import { countDescendants, listUpcomingActions, type UpcomingActionsQuery } from './actor/actor.store.js';
import { listOccurrenceChanges, type OccurrenceChange } from './agenda/agenda.store.js';
import { listComments, type CommentRecord } from './comment/comment.store.js';
import { countIdeaVotes, type VoteCount } from './idea/idea.store.js';
import { listActionMedia } from './media/media.store.js';
import { listMessageReplies } from './message/message.store.js';
import { listPartnershipInvitations, type PartyRecord } from './partnership/partnership.handshake.js';
import { listTaskAssignees } from './task/task.store.js';

/** The signed-in person, as the session resolved them; anonymous visitors have personId null. */
export interface Viewer {
  personId: string | null;
  isAdmin: boolean;
  /** The current session's id, to end it at logout. */
  sessionId: string | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ personId: null, isAdmin: false, sessionId: null }) as Viewer;
/** The server itself (first-run demo load): every right, changes attributed to nobody. */
export const SYSTEM_VIEWER: Viewer = Object.freeze({ personId: null, isAdmin: true, sessionId: null }) as Viewer;

/** What the HTTP layer lets resolvers do with the session cookie and know of the client. */
export interface HttpHooks {
  /** Client address (for rate limits). */
  clientIp: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** Puts the bookmark of the request's writes on the response (api/shared/consistency.ts), before it is sent. */
  sendBookmarks(): void;
}

export interface Context {
  db: Db;
  /** The instant this request started; the default `asOf` for everything it reads. */
  now: string;
  viewer: Viewer;
  /** What the viewer may read, passed to every read statement. */
  access: Access;
  http: HttpHooks;
  /** The serving process's sign-in and sign-up limits. */
  limits: ServerLimits;
  /** The serving process's outgoing e-mail (password resets, invitations). */
  mail: MailSetup;
  loaders: Loaders;
  /** The request's deadline (HTTP requests; `db` already carries it); absent in process. */
  deadline?: Deadline;
}

export interface Loaders {
  entity: DataLoader<string, EntityRecord | null>;
  links(q: LinkQuery): DataLoader<string, LinkedRecord[]>;
  /** A page of each entity's links across time (Entity.links). */
  linkHistory(q: LinkHistoryQuery): DataLoader<string, Page<LinkHistoryRecord>>;
  tree(q: { direction: 'UP' | 'DOWN'; depth: number; asOf: string }): DataLoader<string, TreeRecord[]>;
  /** Number of entities below each one, up to a depth (counted in the database). */
  descendantCount(q: { depth: number; asOf: string }): DataLoader<string, number>;
  /** An actor's next actions, soonest first, at most q.limit each. */
  upcomingActions(q: UpcomingActionsQuery): DataLoader<string, LinkedRecord[]>;
  /** Current members of spaces. */
  members: DataLoader<string, MembershipRecord[]>;
  /** Public profiles of people. */
  people: DataLoader<string, PublicPersonRecord | null>;
  /** The viewer's effective role in spaces. */
  myRoles: DataLoader<string, Role | null>;
  /** Content items the viewer may see. */
  content: DataLoader<string, ContentRecord | null>;
  /** Targets of content items' links of one type (themes, places, actions, media, cover), in order. */
  contentLinks(type: string): DataLoader<string, (EntityRecord | ContentRecord)[]>;
  /** Media attached to actions, in order, that the viewer may see. */
  actionMedia: DataLoader<string, ContentRecord[]>;
  /** Comments of tasks and ideas, oldest first. */
  comments: DataLoader<string, CommentRecord[]>;
  /** Person ids assigned to tasks, in order. */
  taskAssignees: DataLoader<string, string[]>;
  /** Votes on ideas, and whether the viewer voted. */
  ideaVotes: DataLoader<string, VoteCount>;
  /** Answers to messages (a thread's messages for its starter), oldest first. */
  messageReplies: DataLoader<string, ContentRecord[]>;
  /** Parties and invited actors of partnerships, with their answers. */
  partnershipInvitations: DataLoader<string, PartyRecord[]>;
  /** Occurrences of actions' series changed or moved alone. */
  occurrenceChanges: DataLoader<string, OccurrenceChange[]>;
}

const EMPTY_PAGE: Page<never> = Object.freeze({ nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 }) as Page<never>;

/** One loader per distinct query shape, created on first use and kept for the request. */
function memo<Q, V>(make: (q: Q) => DataLoader<string, V>): (q: Q) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (q) => {
    const key = JSON.stringify(q);
    let loader = loaders.get(key);
    if (!loader) {
      loader = make(q);
      loaders.set(key, loader);
    }
    return loader;
  };
}

export function createLoaders(db: Db, access: Access, viewer: Viewer = ANONYMOUS, now: string = new Date().toISOString()): Loaders {
  return {
    entity: new DataLoader(async (ids) => {
      const found = await getEntitiesByIds(db, ids, access);
      return ids.map((id) => found.get(id) ?? null);
    }),
    links: memo(
      (q: LinkQuery) =>
        new DataLoader(async (ids) => {
          const found = await listLinks(db, ids, q, access);
          return ids.map((id) => found.get(id) ?? []);
        }),
    ),
    linkHistory: memo(
      (q: LinkHistoryQuery) =>
        new DataLoader(async (ids) => {
          const found = await listLinkHistory(db, ids, q, access);
          return ids.map((id) => found.get(id) ?? EMPTY_PAGE);
        }),
    ),
    tree: memo(
      (q: { direction: 'UP' | 'DOWN'; depth: number; asOf: string }) =>
        new DataLoader(async (ids) => {
          const found = await listPartOfTree(db, ids, q, access);
          return ids.map((id) => found.get(id) ?? []);
        }),
    ),
    descendantCount: memo(
      (q: { depth: number; asOf: string }) =>
        new DataLoader(async (ids) => {
          const found = await countDescendants(db, ids, q, access);
          return ids.map((id) => found.get(id) ?? 0);
        }),
    ),
    upcomingActions: memo(
      (q: UpcomingActionsQuery) =>
        new DataLoader(async (ids) => {
          const found = await listUpcomingActions(db, ids, q, access);
          return ids.map((id) => found.get(id) ?? []);
        }),
    ),
    members: new DataLoader(async (ids) => {
      const found = await listMembers(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    people: new DataLoader(async (ids) => {
      const found = await getPeopleByIds(db, ids);
      return ids.map((id) => found.get(id) ?? null);
    }),
    content: new DataLoader(async (ids) => {
      const found = await getContentByIds(db, ids, access, now);
      return ids.map((id) => found.get(id) ?? null);
    }),
    contentLinks: memo(
      (type: string) =>
        new DataLoader(async (ids) => {
          const found = await listContentLinks(db, ids, type, access, now);
          return ids.map((id) => found.get(id) ?? []);
        }),
    ),
    actionMedia: new DataLoader(async (ids) => {
      const found = await listActionMedia(db, ids, access, now);
      return ids.map((id) => found.get(id) ?? []);
    }),
    comments: new DataLoader(async (ids) => {
      const found = await listComments(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    taskAssignees: new DataLoader(async (ids) => {
      const found = await listTaskAssignees(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    ideaVotes: new DataLoader(async (ids) => {
      const found = await countIdeaVotes(db, ids, viewer.personId);
      return ids.map((id) => found.get(id) ?? { count: 0, mine: false });
    }),
    messageReplies: new DataLoader(async (ids) => {
      const found = await listMessageReplies(db, ids, access, now);
      return ids.map((id) => found.get(id) ?? []);
    }),
    partnershipInvitations: new DataLoader(async (ids) => {
      const found = await listPartnershipInvitations(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    occurrenceChanges: new DataLoader(async (ids) => {
      const found = await listOccurrenceChanges(db, ids);
      return ids.map((id) => found.get(id) ?? []);
    }),
    myRoles: new DataLoader(async (ids) => {
      if (!viewer.personId) return ids.map(() => null);
      const found = await db.read((tx) => effectiveRoles(tx, viewer.personId!, ids));
      return ids.map((id) => found.get(id) ?? null);
    }),
  };
}

/** The author of the writes this request makes. */
export function authorOf(ctx: Context): Author {
  return { personId: ctx.viewer.personId, isAdmin: ctx.viewer.isAdmin, now: ctx.now, access: ctx.access };
}

const NO_HTTP: HttpHooks = { clientIp: 'in-process', setSessionCookie: () => {}, clearSessionCookie: () => {}, sendBookmarks: () => {} };

/** Limits of in-process callers (the demo load, scripts) that have no server of their own. */
const IN_PROCESS_LIMITS = createServerLimits();

/** In-process callers (the demo load, scripts) send no e-mail. */
const IN_PROCESS_MAIL: MailSetup = {
  mailer: createMailer({ mode: 'disabled', from: 'Convergences <no-reply@localhost>', outboxDir: '' }, 'http://127.0.0.1'),
  passwordResetTtlMs: 60 * 60_000,
};

export function createContext(
  db: Db,
  viewer: Viewer = ANONYMOUS,
  access: Access = PUBLIC_ACCESS,
  http: HttpHooks = NO_HTTP,
  deadline?: Deadline,
  limits: ServerLimits = IN_PROCESS_LIMITS,
  mail: MailSetup = IN_PROCESS_MAIL,
): Context {
  const now = new Date().toISOString();
  return { db, now, viewer, access, http, limits, mail, loaders: createLoaders(db, access, viewer, now), deadline };
}
