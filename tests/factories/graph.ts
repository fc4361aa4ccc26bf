// Typed factories that write real data through the GraphQL mutations, with unique names, creating
// the parents they are not given. Each returns what tests need to find the entity again.
import type { ActionKind, ActionStatus, ActorKind } from '../../api/generated/graphql.js';
import { uid, type TestApi } from '../helpers/api.js';

export interface Built {
  id: string;
  slug: string;
  name: string;
}

const FIELDS = 'id slug name';

async function create(api: TestApi, mutation: string, input: Record<string, unknown>): Promise<Built> {
  const data = await api.ok<Record<string, Record<string, Built>>>(mutation, { input });
  const payload = Object.values(data)[0]!;
  return Object.values(payload)[0]!;
}

/** The name asked for, as is, or `fallback` followed by a random suffix. */
function uniqueName(name: string | undefined, fallback: string): string {
  return name ?? `${fallback} ${uid()}`;
}

/** Ids of the given entities (or ids given as such). */
function ids(list: readonly (Built | string)[] | undefined): string[] | undefined {
  return list?.map((e) => (typeof e === 'string' ? e : e.id));
}

export interface ThemeOptions {
  name?: string;
  slug?: string;
  description?: string;
  /** Broader themes; `true` builds a new one. */
  broader?: readonly (Built | string)[] | true;
}

export async function buildTheme(api: TestApi, o: ThemeOptions = {}): Promise<Built> {
  const broader = o.broader === true ? [await buildTheme(api)] : o.broader;
  return create(api, `mutation($input: CreateThemeInput!) { createTheme(input: $input) { theme { ${FIELDS} } } }`, {
    name: uniqueName(o.name, 'Thème'),
    slug: o.slug,
    description: o.description,
    broaderIds: ids(broader),
  });
}

export interface PlaceOptions {
  name?: string;
  slug?: string;
  /** Defaults to a random point in the middle of the Atlantic, far from any other test's data. */
  latitude?: number;
  longitude?: number;
  /** INSEE code of an imported commune. */
  communeCode?: string;
  address?: { street?: string; postalCode?: string; city?: string };
}

export async function buildPlace(api: TestApi, o: PlaceOptions = {}): Promise<Built> {
  return create(api, `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { ${FIELDS} } } }`, {
    name: uniqueName(o.name, 'Lieu'),
    slug: o.slug,
    location: { latitude: o.latitude ?? 30 + Math.random() * 5, longitude: o.longitude ?? -40 + Math.random() * 5 },
    communeCode: o.communeCode,
    address: o.address,
  });
}

export interface ActorOptions {
  name?: string;
  slug?: string;
  kind?: ActorKind;
  description?: string;
  /** Actors it is part of; `true` builds a new parent. */
  parents?: readonly (Built | string)[] | true;
  /** Places where it is located; `true` builds a new place. */
  places?: readonly (Built | string)[] | true;
  /** Themes it is tagged with; `true` builds a new theme. */
  themes?: readonly (Built | string)[] | true;
  /** Start of the links created with it. */
  since?: string;
}

export async function buildActor(api: TestApi, o: ActorOptions = {}): Promise<Built> {
  const parents = o.parents === true ? [await buildActor(api)] : o.parents;
  const places = o.places === true ? [await buildPlace(api)] : o.places;
  const themes = o.themes === true ? [await buildTheme(api)] : o.themes;
  return create(api, `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { ${FIELDS} } } }`, {
    name: uniqueName(o.name, 'Acteur'),
    slug: o.slug,
    kind: o.kind ?? 'ASSOCIATION',
    description: o.description,
    parentIds: ids(parents),
    placeIds: ids(places),
    themeIds: ids(themes),
    since: o.since,
  });
}

export interface ActionOptions {
  name?: string;
  slug?: string;
  kind?: ActionKind;
  status?: ActionStatus;
  description?: string;
  startsAt?: string;
  endsAt?: string;
  allDay?: boolean;
  /** IANA time zone of its dates; Europe/Paris when absent. */
  timeZone?: string;
  /** Actions it is part of; `true` builds a new parent. */
  partOf?: readonly (Built | string)[] | true;
  /** Actors carrying it; `true` builds a new actor. */
  carriers?: readonly (Built | string)[] | true;
  participants?: readonly (Built | string)[];
  /** Places where it happens; `true` builds a new place. */
  places?: readonly (Built | string)[] | true;
  /** Themes it is tagged with; `true` builds a new theme. */
  themes?: readonly (Built | string)[] | true;
  /** Start of the links created with it. */
  since?: string;
}

export async function buildAction(api: TestApi, o: ActionOptions = {}): Promise<Built> {
  const partOf = o.partOf === true ? [await buildAction(api, { kind: 'FESTIVAL' })] : o.partOf;
  const carriers = o.carriers === true ? [await buildActor(api)] : o.carriers;
  const places = o.places === true ? [await buildPlace(api)] : o.places;
  const themes = o.themes === true ? [await buildTheme(api)] : o.themes;
  return create(api, `mutation($input: CreateActionInput!) { createAction(input: $input) { action { ${FIELDS} } } }`, {
    name: uniqueName(o.name, 'Action'),
    slug: o.slug,
    kind: o.kind ?? 'EVENT',
    status: o.status,
    description: o.description,
    startsAt: o.startsAt,
    endsAt: o.endsAt,
    allDay: o.allDay,
    timeZone: o.timeZone,
    parentIds: ids(partOf),
    carrierIds: ids(carriers),
    participantIds: ids(o.participants),
    placeIds: ids(places),
    themeIds: ids(themes),
    since: o.since,
  });
}

export interface PartnershipOptions {
  name?: string;
  slug?: string;
  /** The parties; two new actors when absent. */
  parties?: readonly (Built | string)[];
  actions?: readonly (Built | string)[];
  themes?: readonly (Built | string)[];
  since?: string;
  until?: string;
}

export async function buildPartnership(api: TestApi, o: PartnershipOptions = {}): Promise<Built> {
  const parties = o.parties ?? [await buildActor(api), await buildActor(api)];
  return create(api, `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { ${FIELDS} } } }`, {
    name: uniqueName(o.name, 'Partenariat'),
    slug: o.slug,
    partyIds: ids(parties),
    actionIds: ids(o.actions),
    themeIds: ids(o.themes),
    since: o.since,
    until: o.until,
  });
}

export interface LinkOptions {
  since?: string;
  until?: string;
}

/** Creates a dated link between two entities; returns the link's id. */
export async function buildLink(
  api: TestApi,
  type: string,
  from: Built | string,
  to: Built | string,
  o: LinkOptions = {},
): Promise<{ id: string }> {
  const data = await api.ok<{ createLink: { link: { id: string } } }>(`mutation($input: CreateLinkInput!) { createLink(input: $input) { link { id } } }`, {
    input: { type, fromId: typeof from === 'string' ? from : from.id, toId: typeof to === 'string' ? to : to.id, since: o.since, until: o.until },
  });
  return data.createLink.link;
}

/**
 * A random box of 0.01° (about 1 km) in an empty stretch of the Atlantic (lat 40–45, lon -35 – -30),
 * one of 250,000 cells so that tests and runs sharing a database do not meet; with a point inside
 * it and one just outside. Default places (lat 30–35, lon -40 – -35) never fall in it.
 */
export function oceanBox(): {
  bbox: { west: number; south: number; east: number; north: number };
  inside: { latitude: number; longitude: number };
  outside: { latitude: number; longitude: number };
} {
  const cell = (n: number) => Math.floor(Math.random() * n) / 100;
  const south = 40 + cell(500);
  const west = -35 + cell(499);
  const bbox = { west, south, east: west + 0.01, north: south + 0.01 };
  return {
    bbox,
    inside: { latitude: south + 0.005, longitude: west + 0.005 },
    outside: { latitude: south + 0.005, longitude: west + 0.015 },
  };
}
