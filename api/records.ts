// Plain records returned by the stores; GraphQL resolvers map them to schema types (codegen mappers).
import type { PartnershipStatus } from './generated/graphql.js';
import type { LinkType } from './link/link-rules.js';

/** The instant (ISO string) the reader asked about; carried down so nested fields read the same moment. */
export interface Dated {
  asOf?: string;
}

export interface BaseRecord extends Dated {
  id: string;
  slug: string;
  name: string;
  createdAt: string;
  updatedAt: string;
}

export type Visibility = 'PUBLIC' | 'MEMBERS';

export interface ActorRecord extends BaseRecord {
  __typename: 'Actor';
  kind: string;
  description: string | null;
  website: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  contactVisibility?: Visibility | null;
  visibility: Visibility;
}

export interface ActionRecord extends BaseRecord {
  __typename: 'Action';
  kind: string;
  description: string | null;
  status: string;
  startsAt: string | null;
  endsAt: string | null;
  allDay: boolean;
  timeZone: string;
  visibility: Visibility;
  /** Recurrence (api/agenda): RRULE, skipped and extra starts, end of the last occurrence. */
  rrule?: string | null;
  exdates?: string[] | null;
  rdates?: string[] | null;
  seriesEndsAt?: string | null;
}

export interface PlaceRecord extends BaseRecord {
  __typename: 'Place';
  location: { latitude: number; longitude: number };
  street: string | null;
  postalCode: string | null;
  city: string | null;
  wheelchair: boolean | null;
  hearing: boolean | null;
  sight: boolean | null;
  intellectual: boolean | null;
  accessibilityNotes: string | null;
}

export interface ThemeRecord extends BaseRecord {
  __typename: 'Theme';
  description: string | null;
}

export interface TerritoryRecord extends BaseRecord {
  __typename: 'Territory';
  level: 'COMMUNE' | 'EPCI' | 'DEPARTEMENT' | 'REGION';
  code: string;
  population: number | null;
  postalCodes: string[] | null;
}

export interface PartnershipRecord extends BaseRecord {
  __typename: 'Partnership';
  description: string | null;
  visibility: Visibility;
  /** The handshake's state (api/partnership/partnership.handshake.ts); absent on partnerships created directly. */
  status?: PartnershipStatus | null;
  proposerId?: string | null;
}

export type EntityRecord = ActorRecord | ActionRecord | PlaceRecord | ThemeRecord | TerritoryRecord | PartnershipRecord;
export type EntityType = EntityRecord['__typename'];
/** The entities that are spaces (have members and content): actors, actions, partnerships. */
export type SpaceRecord = ActorRecord | ActionRecord | PartnershipRecord;

export interface LinkDatesRecord {
  id: string;
  since: string | null;
  until: string | null;
}

/** An entity reached through a link, with the link's dates (and its type, for mixed roles). */
export interface LinkedRecord {
  node: EntityRecord;
  link: LinkDatesRecord;
  type: string;
}

export interface LinkRecord extends LinkDatesRecord {
  type: LinkType;
  from: EntityRecord;
  to: EntityRecord;
}

/** A link in an entity's history (Entity.links): which way it points, its dates, the other end. */
export interface LinkHistoryRecord extends LinkDatesRecord {
  type: LinkType;
  direction: 'OUT' | 'IN';
  node: EntityRecord;
}

/** A page of an entity's links across time. */
export type LinkHistoryPage = Page<LinkHistoryRecord>;

/** What moveEntity did: the link it ended and the one it started. */
export interface MoveRecord {
  endedLink: LinkRecord;
  link: LinkRecord;
}

export interface TreeRecord {
  node: EntityRecord;
  depth: number;
}

/** A page of a list, in the shape of the *Connection types. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Matches of a list with one kind (the enum value, stored as a string). */
export interface KindCountRecord {
  kind: string;
  count: number;
}

/** Matches of a list counted by kind, theme and territory (cypher/shared/facets); `kind` is the enum value. */
export interface FacetsRecord {
  kinds: KindCountRecord[];
  themes: { theme: ThemeRecord; count: number }[];
  territories: { territory: TerritoryRecord; count: number }[];
  accessibility: { need: 'WHEELCHAIR' | 'HEARING' | 'SIGHT' | 'MENTAL'; count: number }[];
}

/** A page of an actor or action list, with its facets when the client asked for them. */
export interface ListPage<T> extends Page<T> {
  facets?: FacetsRecord | null;
}

export interface MembershipRecord {
  id: string;
  personId: string;
  spaceId: string;
  role: 'MANAGER' | 'EDITOR' | 'MEMBER';
  since: string;
  until: string | null;
}

export interface InvitationRecord {
  id: string;
  spaceId: string;
  role: 'MANAGER' | 'EDITOR' | 'MEMBER';
  email: string | null;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface JoinRequestRecord {
  id: string;
  personId: string;
  spaceId: string;
  message: string | null;
  status: 'PENDING' | 'ACCEPTED' | 'DECLINED';
  createdAt: string;
}

/** A person as others see them: the e-mail only when made public. */
export interface PublicPersonRecord {
  id: string;
  displayName: string;
  /** Null unless public (the store masks it). */
  email: string | null;
  emailPublic: boolean;
  deleted: boolean;
}

export interface ChangeRecord {
  seq: number;
  at: string;
  op: string;
  entityType: string;
  entityId: string;
  personId: string | null;
  before: string | null;
  after: string | null;
}
