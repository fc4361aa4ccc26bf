// Deterministic generator of a territory: the same seed and size give the same graph, row for row.
// The shape follows a real territory (PRODUCT.md): subordination forests up to six levels with a few
// multi-parent nodes, power-law fan-out, partnerships with cycles, places clustered around the real
// communes of one département (codes from @etalab/decoupage-administratif), ten years of seasonal dates
// with recurrences and exceptions, Zipf-distributed themes, ended links next to current ones,
// memberships and members-only items. Rows use the labels, properties and relationship types the
// stores write (cypher/entity/create-entity, link/create-links, member/create-membership,
// content/create-content, content/set-content-links, agenda/save-occurrence-change).
import { createRequire } from 'node:module';
import { territoryId } from '../api/territory/territory.import.js';
import { foldText, searchTextOf } from '../api/shared/slug.js';
import { uuidV5 } from '../api/shared/uuid.js';
import { lastStart, parseRule } from '../api/agenda/rrule.js';

export type SizeName = 'tiny' | 'S' | 'L';

export interface Size {
  actors: number;
  actions: number;
  places: number;
  people: number;
  content: number;
  themes: number;
  partnerships: number;
}

export const SIZES: Record<SizeName, Size> = {
  tiny: { actors: 200, actions: 400, places: 100, people: 100, content: 1_000, themes: 24, partnerships: 20 },
  S: { actors: 10_000, actions: 20_000, places: 5_000, people: 5_000, content: 50_000, themes: 120, partnerships: 1_000 },
  L: { actors: 100_000, actions: 200_000, places: 50_000, people: 50_000, content: 500_000, themes: 400, partnerships: 10_000 },
};

/** The instant the generated history is "seen" from: publications never pass it, actions run a year beyond. */
export const REFERENCE_NOW = '2026-06-01T00:00:00.000Z';
const HISTORY_FROM = Date.UTC(2016, 5, 1);
const HISTORY_TO = Date.parse(REFERENCE_NOW);
const FUTURE_TO = Date.UTC(2027, 5, 1);
const DAY = 86_400_000;
const TIME_ZONE = 'Europe/Paris';

/** Côtes-d'Armor (22): the département whose communes the places cluster around. */
export const DEPARTEMENT = '22';
const DEPT_BOX = { west: -3.66, south: 48.03, east: -1.91, north: 48.9 };

export interface GenerateOptions {
  size: SizeName;
  seed: number;
  /** Prefix of every slug, e-mail and name, so several generated graphs can share one database. */
  prefix: string;
  /** Degrees added to every coordinate, to keep a test's places away from everyone else's. */
  geoOffset?: { longitude: number; latitude: number };
  /** Years (of 365 days) added to every instant, to keep a test's dates away from everyone else's. */
  yearOffset?: number;
}

export interface EntityRow {
  id: string;
  props: Record<string, unknown>;
}
export interface PlaceRow extends EntityRow {
  longitude: number;
  latitude: number;
  communeId: string;
}
export interface ActionRow extends EntityRow {
  startsAt: string;
  endsAt: string;
  seriesEndsAt: string | null;
  exdates: string[] | null;
}
export interface LinkRow {
  id: string;
  type: string;
  fromId: string;
  toId: string;
  since: string | null;
  until: string | null;
}
export interface MembershipRow {
  id: string;
  personId: string;
  spaceId: string;
  role: 'MANAGER' | 'EDITOR' | 'MEMBER';
  since: string;
}
export interface ContentRow {
  id: string;
  label: 'Article' | 'Page' | 'Announcement' | 'Task';
  spaceId: string;
  props: Record<string, unknown>;
  createdAt: string;
}
export interface ContentLinkRow {
  contentId: string;
  type: 'TAGGED' | 'AT_PLACE' | 'ABOUT_ACTION';
  toId: string;
  position: number;
}
export interface OccurrenceRow {
  actionId: string;
  originalStartsAt: string;
  status: string | null;
  startsAt: string | null;
  endsAt: string | null;
}
export interface CommuneInfo {
  id: string;
  code: string;
  name: string;
  longitude: number;
  latitude: number;
}

export interface Graph {
  options: GenerateOptions;
  communes: CommuneInfo[];
  themes: EntityRow[];
  broader: LinkRow[];
  places: PlaceRow[];
  actors: EntityRow[];
  actions: ActionRow[];
  partnerships: EntityRow[];
  people: EntityRow[];
  links: LinkRow[];
  memberships: MembershipRow[];
  content: ContentRow[];
  contentLinks: ContentLinkRow[];
  occurrences: OccurrenceRow[];
  /** For the queries: the shape facts worth sampling from. */
  facts: {
    festivalIds: string[];
    /** Actors with the most children first. */
    busyActorIds: string[];
    /** People with at least one membership, and the spaces they belong to. */
    memberIds: string[];
  };
}

/** mulberry32: small, fast, good enough for a benchmark's shapes, and the same on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Sampler of indexes 0..n-1 with probability proportional to weights (binary search on the cumulative sum). */
function weighted(weights: number[], random: () => number): () => number {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
}

const zipf = (n: number, s = 1.1): number[] => Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Summer-heavy seasons: more events from May to September. */
function seasonalInstant(random: () => number, from: number, to: number): number {
  for (;;) {
    const t = from + random() * (to - from);
    const month = new Date(t).getUTCMonth();
    const weight = month >= 4 && month <= 8 ? 1 : 0.45;
    if (random() < weight) return t;
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
/** A start on the hour, in the morning to evening (UTC), so dates look like real ones. */
const onTheHour = (ms: number, random: () => number) => Math.floor(ms / DAY) * DAY + (8 + Math.floor(random() * 12)) * 3_600_000;

const ACTOR_KINDS = ['ASSOCIATION', 'ASSOCIATION', 'ASSOCIATION', 'INSTITUTION', 'COOPERATIVE', 'COMPANY', 'COLLECTIVE', 'NETWORK', 'SERVICE', 'ARTIST', 'CRAFTSPERSON', 'OTHER'];
const ACTION_KINDS = ['EVENT', 'EVENT', 'PROJECT', 'ACTIVITY', 'SHOW', 'WORKSHOP', 'MEETING', 'EXHIBITION', 'OTHER'];
/** Words of the generated names and descriptions (what Q4 searches for). */
export const WORDS = ['fête', 'théâtre', 'musique', 'jardin', 'vélo', 'lecture', 'cirque', 'danse', 'marché', 'sciences', 'numérique', 'école', 'santé', 'mer', 'patrimoine', 'cinéma', 'sport', 'solidarité', 'énergie', 'forêt'];

interface CommuneSource {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  population?: number;
}

/** The département's current communes, each with a centroid fixed by its code (the package has no coordinates). */
export function communesOf(departement: string): (CommuneInfo & { population: number })[] {
  const require = createRequire(import.meta.url);
  const all = require('@etalab/decoupage-administratif/data/communes.json') as CommuneSource[];
  return all
    .filter((c) => c.type === 'commune-actuelle' && c.departement === departement)
    .map((c) => {
      const h = hash(c.code);
      return {
        id: territoryId('COMMUNE', c.code),
        code: c.code,
        name: c.nom,
        population: c.population ?? 100,
        longitude: DEPT_BOX.west + ((h & 0xffff) / 0xffff) * (DEPT_BOX.east - DEPT_BOX.west),
        latitude: DEPT_BOX.south + ((h >>> 16) / 0xffff) * (DEPT_BOX.north - DEPT_BOX.south),
      };
    });
}

export function generate(options: GenerateOptions): Graph {
  const size = SIZES[options.size];
  const random = rng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const { prefix } = options;
  const offset = options.geoOffset ?? { longitude: 0, latitude: 0 };
  const id = (kind: string, i: number | string) => uuidV5(`bench:${prefix}:${options.seed}:${kind}:${i}`);
  let linkCount = 0;
  const linkId = () => id('link', linkCount++);
  const entity = (name: string, slug: string, createdAt: string, extra: Record<string, unknown>) => ({
    name,
    slug,
    sortName: foldText(name),
    createdBy: null,
    createdAt,
    updatedAt: createdAt,
    searchText: searchTextOf('entity', { name, ...extra }),
    ...extra,
  });
  const createdAtOf = () => iso(HISTORY_FROM - 30 * DAY + Math.floor(random() * 30) * DAY);

  // Themes: a few broad ones, the rest narrower; used with Zipf frequencies.
  const themes: EntityRow[] = [];
  const broader: LinkRow[] = [];
  const roots = Math.max(3, Math.round(size.themes / 12));
  for (let i = 0; i < size.themes; i++) {
    const name = `${prefix} ${WORDS[i % WORDS.length]} ${i}`;
    themes.push({ id: id('theme', i), props: entity(name, `${prefix}-theme-${i}`, createdAtOf(), { description: null }) });
    if (i >= roots) broader.push({ id: linkId(), type: 'BROADER', fromId: themes[i]!.id, toId: themes[i % roots]!.id, since: null, until: null });
  }
  const themeSampler = weighted(zipf(size.themes), random);
  const sampleThemes = (max: number): string[] => {
    const n = 1 + Math.floor(random() * max);
    return [...new Set(Array.from({ length: n }, () => themes[themeSampler()]!.id))];
  };

  // Places around communes weighted by population (the real figures).
  const communes = communesOf(DEPARTEMENT).map((c) => ({ ...c, longitude: c.longitude + offset.longitude, latitude: c.latitude + offset.latitude }));
  const communeSampler = weighted(communes.map((c) => Math.sqrt(c.population)), random);
  const places: PlaceRow[] = [];
  for (let i = 0; i < size.places; i++) {
    const commune = communes[communeSampler()]!;
    // About 1.5 km around the centre (Box-Muller).
    const r = Math.sqrt(-2 * Math.log(1 - random())) * 0.012;
    const angle = 2 * Math.PI * random();
    const name = `${prefix} lieu ${i} ${commune.name}`;
    places.push({
      id: id('place', i),
      longitude: Math.round((commune.longitude + r * Math.cos(angle)) * 1e6) / 1e6,
      latitude: Math.round((commune.latitude + r * Math.sin(angle) * 0.66) * 1e6) / 1e6,
      communeId: commune.id,
      props: entity(name, `${prefix}-place-${i}`, createdAtOf(), {
        street: `${1 + (i % 90)} rue ${pick(WORDS)}`,
        postalCode: '22000',
        city: commune.name,
        wheelchair: random() < 0.4 ? true : null,
        hearing: null,
        sight: null,
        intellectual: null,
        accessibilityNotes: null,
      }),
    });
  }
  const placeSampler = weighted(zipf(size.places, 0.6), random);

  const links: LinkRow[] = [];
  const link = (type: string, fromId: string, toId: string, since: string | null, until: string | null = null) =>
    links.push({ id: linkId(), type, fromId, toId, since, until });

  // Actors: forests. Roots (5%) are town halls and networks; every other actor picks a parent with
  // preferential attachment (power-law fan-out) among actors less than six levels deep.
  const actors: EntityRow[] = [];
  const depth: number[] = [];
  const fanOut: number[] = [];
  const parentPool: number[] = [];
  for (let i = 0; i < size.actors; i++) {
    const root = i < Math.max(3, Math.round(size.actors * 0.05));
    const kind = root ? pick(['INSTITUTION', 'NETWORK']) : pick(ACTOR_KINDS);
    const name = `${prefix} ${kind.toLowerCase()} ${pick(WORDS)} ${i}`;
    const createdAt = createdAtOf();
    actors.push({
      id: id('actor', i),
      props: entity(name, `${prefix}-actor-${i}`, createdAt, {
        kind,
        description: `${pick(WORDS)} et ${pick(WORDS)}`,
        website: null,
        contactEmail: `contact-${i}@${prefix}.example`,
        contactPhone: null,
        contactVisibility: 'MEMBERS',
        visibility: random() < 0.05 ? 'MEMBERS' : 'PUBLIC',
      }),
    });
    fanOut.push(0);
    if (root) {
      depth.push(0);
    } else {
      let parent = parentPool.length > 0 ? parentPool[Math.floor(random() * parentPool.length)]! : Math.floor(random() * i);
      if (depth[parent]! >= 5) parent = Math.floor(random() * Math.max(3, Math.round(size.actors * 0.05)));
      depth.push(depth[parent]! + 1);
      fanOut[parent]! += 1;
      const since = iso(seasonalInstant(random, HISTORY_FROM, HISTORY_TO));
      link('PART_OF', actors[i]!.id, actors[parent]!.id, since);
      // The pool holds each actor once per child (preferential attachment), roots start with weight.
      parentPool.push(parent);
      // A few belong to a second parent (a network as well as a town hall).
      if (random() < 0.02) {
        const other = Math.floor(random() * i);
        if (other !== parent && depth[other]! < 5) link('PART_OF', actors[i]!.id, actors[other]!.id, since);
      }
      // Ended links alongside current ones: a former parent.
      if (random() < 0.08) {
        const former = Math.floor(random() * i);
        if (former !== parent) {
          const from = seasonalInstant(random, HISTORY_FROM, HISTORY_TO - 400 * DAY);
          link('PART_OF', actors[i]!.id, actors[former]!.id, iso(from), iso(from + (30 + Math.floor(random() * 365)) * DAY));
        }
      }
    }
    if (depth[i]! < 5) parentPool.push(i);
    if (random() < 0.7) link('LOCATED_AT', actors[i]!.id, places[placeSampler()]!.id, null);
    for (const t of sampleThemes(2)) link('TAGGED', actors[i]!.id, t, null);
  }
  const actorSampler = weighted(
    actors.map((_, i) => 1 + fanOut[i]!),
    random,
  );

  // Actions: 5% festivals, with shows and workshops inside; a seasonal date in ten years; 8% recur.
  const actions: ActionRow[] = [];
  const occurrences: OccurrenceRow[] = [];
  const festivals: number[] = [];
  const actionsOfActor = new Map<number, number[]>();
  for (let i = 0; i < size.actions; i++) {
    const festival = random() < 0.05;
    const inFestival = !festival && festivals.length > 0 && random() < 0.35;
    const parent = inFestival ? festivals[Math.floor(random() * festivals.length)]! : -1;
    let start: number;
    if (parent >= 0) start = Date.parse(actions[parent]!.startsAt) + Math.floor(random() * 3) * DAY + Math.floor(random() * 6) * 3_600_000;
    else start = onTheHour(seasonalInstant(random, HISTORY_FROM, FUTURE_TO), random);
    const hours = festival ? 24 * (2 + Math.floor(random() * 3)) : 1 + Math.floor(random() * 4);
    const end = start + hours * 3_600_000;
    const kind = festival ? 'FESTIVAL' : pick(ACTION_KINDS);
    const name = `${prefix} ${kind.toLowerCase()} ${pick(WORDS)} ${i}`;
    const recurring = !festival && parent < 0 && random() < 0.08;
    let rrule: string | null = null;
    let exdates: string[] | null = null;
    let seriesEndsAt: string | null = null;
    if (recurring) {
      const count = 6 + Math.floor(random() * 30);
      const kind = random();
      // Most series end (COUNT); one in twenty (and the first one, so even a tiny graph has one) runs
      // on with no end (seriesEndsAt stays null).
      const unbounded = kind >= 0.95 || !actions.some((a) => a.props.rrule !== null);
      rrule = unbounded ? 'FREQ=MONTHLY' : kind < 0.7 ? `FREQ=WEEKLY;COUNT=${count}` : `FREQ=MONTHLY;COUNT=${count}`;
      const last = lastStart(parseRule(rrule), { startsAt: iso(start), timeZone: TIME_ZONE });
      seriesEndsAt = last === null ? null : iso(Date.parse(last) + (end - start));
      // An exception (a holiday) and, sometimes, a cancelled occurrence.
      const step = rrule.startsWith('FREQ=WEEKLY') ? 7 * DAY : 0;
      if (step > 0 && count > 4) {
        exdates = [iso(start + 2 * step)];
        if (random() < 0.5) occurrences.push({ actionId: id('action', i), originalStartsAt: iso(start + 3 * step), status: 'CANCELLED', startsAt: null, endsAt: null });
      }
    }
    const createdAt = iso(Math.min(start, HISTORY_TO) - 20 * DAY);
    actions.push({
      id: id('action', i),
      startsAt: iso(start),
      endsAt: iso(end),
      seriesEndsAt,
      exdates,
      props: entity(name, `${prefix}-action-${i}`, createdAt, {
        kind,
        description: `${pick(WORDS)} pour tous`,
        status: random() < 0.04 ? 'CANCELLED' : 'SCHEDULED',
        allDay: false,
        timeZone: TIME_ZONE,
        visibility: random() < 0.05 ? 'MEMBERS' : 'PUBLIC',
        rrule,
      }),
    });
    if (festival) festivals.push(i);
    const since = createdAt;
    if (parent >= 0) link('PART_OF', actions[i]!.id, actions[parent]!.id, since);
    const carrier = actorSampler();
    link('CARRIES', actors[carrier]!.id, actions[i]!.id, since);
    const carried = actionsOfActor.get(carrier);
    if (carried) carried.push(i);
    else actionsOfActor.set(carrier, [i]);
    if (random() < 0.05) {
      // A carrier that stepped back: an ended CARRIES link.
      link('CARRIES', actors[actorSampler()]!.id, actions[i]!.id, since, iso(Date.parse(since) + 10 * DAY));
    }
    if (random() < 0.3) {
      const participant = actorSampler();
      if (participant !== carrier) link('TAKES_PART_IN', actors[participant]!.id, actions[i]!.id, since);
    }
    link('LOCATED_AT', actions[i]!.id, places[placeSampler()]!.id, null);
    for (const t of sampleThemes(2)) link('TAGGED', actions[i]!.id, t, null);
    // Moved and re-themed: a former place and a former theme, ended before "now" (asOf must skip them).
    if (random() < 0.05) {
      const ended = iso(Date.parse(since) + 5 * DAY);
      link('LOCATED_AT', actions[i]!.id, places[placeSampler()]!.id, since, ended);
      link('TAGGED', actions[i]!.id, themes[themeSampler()]!.id, since, ended);
    }
  }

  // Partnerships: two to four parties, some tied to festivals. Parties are sampled from busy actors,
  // so actor–partnership–actor paths close cycles.
  const partnerships: EntityRow[] = [];
  for (let i = 0; i < size.partnerships; i++) {
    const name = `${prefix} partenariat ${pick(WORDS)} ${i}`;
    const createdAt = createdAtOf();
    partnerships.push({
      id: id('partnership', i),
      props: entity(name, `${prefix}-partnership-${i}`, createdAt, { description: null, visibility: random() < 0.05 ? 'MEMBERS' : 'PUBLIC' }),
    });
    const parties = new Set<number>();
    const n = 2 + Math.floor(random() * 3);
    while (parties.size < n) parties.add(actorSampler());
    const since = iso(seasonalInstant(random, HISTORY_FROM, HISTORY_TO));
    const ended = random() < 0.1 ? iso(Date.parse(since) + 200 * DAY) : null;
    for (const p of parties) link('PARTY_TO', actors[p]!.id, partnerships[i]!.id, since, ended);
    if (festivals.length > 0 && random() < 0.5) link('CONCERNS', partnerships[i]!.id, actions[festivals[Math.floor(random() * festivals.length)]!]!.id, since, ended);
  }

  // Places lie in their commune.
  for (const p of places) links.push({ id: linkId(), type: 'WITHIN', fromId: p.id, toId: p.communeId, since: null, until: null });

  // People and memberships: most belong to one space, some to several; a few roles end.
  const people: EntityRow[] = [];
  const memberships: MembershipRow[] = [];
  const spaces = [...actors.map((a) => a.id), ...actions.map((a) => a.id), ...partnerships.map((p) => p.id)];
  const memberIds: string[] = [];
  for (let i = 0; i < size.people; i++) {
    const personId = id('person', i);
    const name = `${prefix} personne ${i}`;
    people.push({
      id: personId,
      props: { email: `person-${i}@${prefix}.example`, emailPublic: false, displayName: name, sortName: foldText(name), passwordHash: 'bench-no-login', isAdmin: false, createdAt: createdAtOf() },
    });
    const n = random() < 0.1 ? 0 : 1 + Math.floor(random() * random() * 4);
    for (let k = 0; k < n; k++) {
      const r = random();
      memberships.push({
        id: id('membership', `${i}:${k}`),
        personId,
        spaceId: k === 0 ? actors[actorSampler()]!.id : pick(spaces),
        role: r < 0.1 ? 'MANAGER' : r < 0.3 ? 'EDITOR' : 'MEMBER',
        since: iso(seasonalInstant(random, HISTORY_FROM, HISTORY_TO)),
      });
    }
    if (n > 0) memberIds.push(personId);
  }

  // Content: posted mostly by busy actors (power law); 70% public.
  const content: ContentRow[] = [];
  const contentLinks: ContentLinkRow[] = [];
  for (let i = 0; i < size.content; i++) {
    const r = random();
    let spaceId: string;
    let actorIndex = -1;
    if (r < 0.6) {
      actorIndex = actorSampler();
      spaceId = actors[actorIndex]!.id;
    } else if (r < 0.95) spaceId = actions[Math.floor(random() * actions.length)]!.id;
    else spaceId = partnerships[Math.floor(random() * partnerships.length)]!.id;
    const k = random();
    const label: ContentRow['label'] = k < 0.72 ? 'Article' : k < 0.82 ? 'Page' : k < 0.92 ? 'Announcement' : 'Task';
    const visibility = label === 'Task' ? 'MEMBERS' : random() < 0.7 / 0.92 ? 'PUBLIC' : 'MEMBERS';
    const published = seasonalInstant(random, HISTORY_FROM, HISTORY_TO);
    const createdAt = iso(published - DAY);
    const title = `${prefix} ${pick(WORDS)} ${pick(WORDS)} ${i}`;
    const body = `Un texte sur ${pick(WORDS)}, ${pick(WORDS)} et ${pick(WORDS)}.`;
    const props: Record<string, unknown> = { kind: label === 'Article' ? 'ARTICLE' : label.toUpperCase(), title, body, visibility, authorId: null, searchText: searchTextOf('content', { title, body }) };
    if (label === 'Article') Object.assign(props, { summary: null, publishedAt: iso(published) });
    if (label === 'Page') props.position = 10_000;
    if (label === 'Announcement') Object.assign(props, { type: random() < 0.5 ? 'OFFER' : 'REQUEST', publishedAt: iso(published), expiresAt: iso(published + 60 * DAY) });
    if (label === 'Task') Object.assign(props, { status: 'TODO', dueAt: null });
    const contentId = id('content', i);
    content.push({ id: contentId, label, spaceId, props, createdAt });
    if (random() < 0.6) sampleThemes(2).forEach((t, position) => contentLinks.push({ contentId, type: 'TAGGED', toId: t, position }));
    if (random() < 0.1) contentLinks.push({ contentId, type: 'AT_PLACE', toId: places[placeSampler()]!.id, position: 0 });
    const own = actorIndex >= 0 ? actionsOfActor.get(actorIndex) : undefined;
    if (own && random() < 0.3) contentLinks.push({ contentId, type: 'ABOUT_ACTION', toId: actions[own[Math.floor(random() * own.length)]!]!.id, position: 0 });
  }

  if (options.yearOffset) shiftInstants(options.yearOffset * 365 * DAY, { actions, links, broader, memberships, content, occurrences, rows: [...themes, ...places, ...actors, ...actions, ...partnerships, ...people] });

  const busyActorIds = actors
    .map((a, i) => ({ id: a.id, n: fanOut[i]!, visible: a.props.visibility === 'PUBLIC' }))
    .filter((a) => a.visible)
    .sort((a, b) => b.n - a.n || (a.id < b.id ? -1 : 1))
    .map((a) => a.id);
  return {
    options,
    communes,
    themes,
    broader,
    places,
    actors,
    actions,
    partnerships,
    people,
    links,
    memberships,
    content,
    contentLinks,
    occurrences,
    facts: { festivalIds: festivals.map((i) => actions[i]!.id), busyActorIds, memberIds },
  };
}

const shifted = (ms: number) => (v: string | null): string | null => (v === null ? null : new Date(Date.parse(v) + ms).toISOString());

function shiftInstants(
  ms: number,
  g: { actions: ActionRow[]; links: LinkRow[]; broader: LinkRow[]; memberships: MembershipRow[]; content: ContentRow[]; occurrences: OccurrenceRow[]; rows: EntityRow[] },
): void {
  const s = shifted(ms);
  for (const r of g.rows) for (const key of ['createdAt', 'updatedAt']) if (typeof r.props[key] === 'string') r.props[key] = s(r.props[key] as string);
  for (const a of g.actions) {
    a.startsAt = s(a.startsAt)!;
    a.endsAt = s(a.endsAt)!;
    a.seriesEndsAt = s(a.seriesEndsAt);
    a.exdates = a.exdates?.map((x) => s(x)!) ?? null;
  }
  for (const l of [...g.links, ...g.broader]) {
    l.since = s(l.since);
    l.until = s(l.until);
  }
  for (const m of g.memberships) m.since = s(m.since)!;
  for (const c of g.content) {
    c.createdAt = s(c.createdAt)!;
    for (const key of ['publishedAt', 'expiresAt']) if (typeof c.props[key] === 'string') c.props[key] = s(c.props[key] as string);
  }
  for (const o of g.occurrences) {
    o.originalStartsAt = s(o.originalStartsAt)!;
    o.startsAt = s(o.startsAt);
    o.endsAt = s(o.endsAt);
  }
}

/** Counts for the report. */
export function describeGraph(g: Graph): Record<string, number> {
  return {
    actors: g.actors.length,
    actions: g.actions.length,
    places: g.places.length,
    people: g.people.length,
    themes: g.themes.length,
    partnerships: g.partnerships.length,
    content: g.content.length,
    publicContent: g.content.filter((c) => c.props.visibility === 'PUBLIC').length,
    links: g.links.length + g.broader.length,
    memberships: g.memberships.length,
    contentLinks: g.contentLinks.length,
    recurring: g.actions.filter((a) => a.props.rrule !== null).length,
    unboundedSeries: g.actions.filter((a) => a.props.rrule !== null && a.seriesEndsAt === null).length,
  };
}
