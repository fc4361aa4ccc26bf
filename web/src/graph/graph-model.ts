// The graph around an entity as plain data: its dated links (and, for partnerships, their parties),
// which of them hold on a given day, and the months the slider moves through. No drawing here: the
// table and the drawing read the same model, so they cannot disagree about what a date shows.
import type { EntityType } from '../routing/paths';

export type NodeKind = 'Actor' | 'Action' | 'Partnership';

export interface GraphNode {
  id: string;
  kind: NodeKind;
  slug: string;
  name: string;
  /** 0 for the entity whose page this is, 1 for its direct neighbours, 2 for a partnership's other parties. */
  ring: 0 | 1 | 2;
}

export type Relation =
  | 'parent'
  | 'child'
  | 'carries'
  | 'carriedBy'
  | 'takesPartIn'
  | 'participant'
  | 'partyTo'
  | 'party'
  | 'concerns'
  | 'concernedBy'
  | 'partner';

export interface GraphEdge {
  id: string;
  /** The link's own ends, as stored (`from` → `to`). */
  source: string;
  target: string;
  type: string;
  /** The node at the far end, seen from the entity whose page this is. */
  other: string;
  relation: Relation;
  since: string | null;
  until: string | null;
  /** For a partner: the partnership it is reached through. */
  via?: string;
}

export interface EntityGraphModel {
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
}

export const ENTITY_TYPE: Record<NodeKind, EntityType> = { Actor: 'actor', Action: 'action', Partnership: 'partnership' };

interface OtherEnd {
  __typename?: string;
  id: string;
  slug: string;
  name: string;
}

interface HistoryLink {
  id: string;
  type: string;
  direction: 'IN' | 'OUT';
  since?: string | null;
  until?: string | null;
  other: OtherEnd;
}

export interface HistoryInput {
  center: OtherEnd;
  links: (HistoryLink & { parties?: HistoryLink[] })[];
}

function relationOf(type: string, direction: 'IN' | 'OUT'): Relation | null {
  const out = direction === 'OUT';
  switch (type) {
    case 'PART_OF':
      return out ? 'parent' : 'child';
    case 'CARRIES':
      return out ? 'carries' : 'carriedBy';
    case 'TAKES_PART_IN':
      return out ? 'takesPartIn' : 'participant';
    case 'PARTY_TO':
      return out ? 'partyTo' : 'party';
    case 'CONCERNS':
      return out ? 'concerns' : 'concernedBy';
    default:
      return null;
  }
}

function kindOf(entity: OtherEnd): NodeKind | null {
  return entity.__typename === 'Actor' || entity.__typename === 'Action' || entity.__typename === 'Partnership' ? entity.__typename : null;
}

/** Builds the model from the API's link history (`links(...)`), keeping the kinds of node a page links to. */
export function buildGraph({ center, links }: HistoryInput): EntityGraphModel {
  const nodes = new Map<string, GraphNode>();
  const centerKind = kindOf(center);
  if (centerKind) nodes.set(center.id, { id: center.id, kind: centerKind, slug: center.slug, name: center.name, ring: 0 });
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const kind = kindOf(link.other);
    const relation = relationOf(link.type, link.direction);
    if (!kind || !relation || seen.has(link.id)) continue;
    seen.add(link.id);
    if (!nodes.has(link.other.id)) nodes.set(link.other.id, { id: link.other.id, kind, slug: link.other.slug, name: link.other.name, ring: 1 });
    const out = link.direction === 'OUT';
    edges.push({
      id: link.id,
      source: out ? center.id : link.other.id,
      target: out ? link.other.id : center.id,
      type: link.type,
      other: link.other.id,
      relation,
      since: link.since ?? null,
      until: link.until ?? null,
    });
    // The other parties of a partnership the entity is tied to: its partners, one step further.
    for (const party of link.parties ?? []) {
      const partyKind = kindOf(party.other);
      if (partyKind !== 'Actor' || party.other.id === center.id || seen.has(party.id)) continue;
      seen.add(party.id);
      if (!nodes.has(party.other.id)) nodes.set(party.other.id, { id: party.other.id, kind: partyKind, slug: party.other.slug, name: party.other.name, ring: 2 });
      edges.push({
        id: party.id,
        source: party.other.id,
        target: link.other.id,
        type: party.type,
        other: party.other.id,
        relation: 'partner',
        since: party.since ?? null,
        until: party.until ?? null,
        via: link.other.id,
      });
    }
  }
  return { nodes, edges };
}

/** True when the link holds at `instant` (ms): started at or before it, not yet ended (`until` is exclusive). */
export function holdsAt(edge: Pick<GraphEdge, 'since' | 'until'>, instant: number): boolean {
  if (edge.since && Date.parse(edge.since) > instant) return false;
  if (edge.until && Date.parse(edge.until) <= instant) return false;
  return true;
}

/**
 * The links holding at `instant`. A partner counts only while both its party link and the link to
 * the partnership it is reached through hold.
 */
export function edgesAt(model: EntityGraphModel, instant: number): GraphEdge[] {
  const reached = new Set(model.edges.filter((edge) => !edge.via && holdsAt(edge, instant)).map((edge) => edge.other));
  return model.edges.filter((edge) => holdsAt(edge, instant) && (!edge.via || reached.has(edge.via)));
}

/** The nodes drawn at `instant`: the entity itself and every end of a link holding then. */
export function nodesAt(model: EntityGraphModel, edges: GraphEdge[]): Set<string> {
  const ids = new Set<string>();
  for (const node of model.nodes.values()) if (node.ring === 0) ids.add(node.id);
  for (const edge of edges) {
    ids.add(edge.source);
    ids.add(edge.target);
  }
  return ids;
}

// ---- Dates. The portal's `?date=` is a calendar day read in Europe/Paris, as the API reads it.

const ZONE = 'Europe/Paris';
const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) of an instant in Europe/Paris. */
export function parisDay(instant: number | string): string {
  return dayFormat.format(typeof instant === 'number' ? instant : Date.parse(instant));
}

/** The instant a calendar day starts in Europe/Paris, as the API reads `asOf: "2025-07-15"`. */
export function startOfParisDay(day: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(utcMidnight)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(offset ?? '');
  if (!match) return utcMidnight;
  const minutes = (Number(match[2]) * 60 + Number(match[3])) * (match[1] === '+' ? 1 : -1);
  return utcMidnight - minutes * 60_000;
}

/** Months counted from year 0: the slider's positions. */
export function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/**
 * The day a slider position stands for: the month's day with today's day-of-month (the month's last
 * day when it is shorter), so that the current month is today and twelve steps back is a year ago to the day.
 */
export function dayOfMonthIndex(index: number, today: string): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(today.slice(8, 10)), last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The months the slider spans: from the first to the last date any link starts or ends on, today included. */
export function monthSpan(model: EntityGraphModel, today: string, asOf: string | null): { min: number; max: number } {
  const months = [monthIndex(today)];
  if (asOf) months.push(monthIndex(asOf));
  for (const edge of model.edges) {
    if (edge.since) months.push(monthIndex(parisDay(edge.since)));
    if (edge.until) months.push(monthIndex(parisDay(edge.until)));
  }
  return { min: Math.min(...months), max: Math.max(...months) };
}
