// Loads the demo territory (demo-data.ts) for a load day through the API's own GraphQL mutations, so
// the demo exercises the same validation, links and change log as any client would. The caller
// decides whether to load: it checks for DEMO_MARKER_SLUG and only loads on an empty database.
import { DEMO_TIME_ZONE, DEMO_TOWN_SLUG, demoData, demoToday, validateDemoData, type DemoData } from './demo-data.js';

/** Runs one GraphQL operation and returns its `data`; throws on GraphQL errors. */
export type Execute = <T = unknown>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** The actor whose presence means the demo is already loaded. */
export const DEMO_MARKER_SLUG: string = DEMO_TOWN_SLUG;

const CREATE_THEME = /* GraphQL */ `
  mutation DemoCreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      theme {
        id
        slug
      }
    }
  }
`;

const CREATE_PLACE = /* GraphQL */ `
  mutation DemoCreatePlace($input: CreatePlaceInput!) {
    createPlace(input: $input) {
      place {
        id
        slug
      }
    }
  }
`;

const CREATE_ACTOR = /* GraphQL */ `
  mutation DemoCreateActor($input: CreateActorInput!) {
    createActor(input: $input) {
      actor {
        id
        slug
      }
    }
  }
`;

const CREATE_ACTION = /* GraphQL */ `
  mutation DemoCreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      action {
        id
        slug
      }
    }
  }
`;

const CREATE_PARTNERSHIP = /* GraphQL */ `
  mutation DemoCreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      partnership {
        id
        slug
      }
    }
  }
`;

const CREATE_LINK = /* GraphQL */ `
  mutation DemoCreateLink($input: CreateLinkInput!) {
    createLink(input: $input) {
      link {
        id
      }
    }
  }
`;

const END_LINK = /* GraphQL */ `
  mutation DemoEndLink($input: EndLinkInput!) {
    endLink(input: $input) {
      link {
        id
        until
      }
    }
  }
`;

interface Created {
  id: string;
  slug: string;
}

/** Drops undefined fields so the variables hold only what the data gives. */
function compact(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}

/**
 * Creates the whole demo in dependency order: themes (broader first), places, actors (parents
 * first), actions (parents first), partnerships, then the links that carry dates of their own,
 * ending those that have ended. Refuses to start when validateDemoData() finds a problem.
 */
const SET_RECURRENCE = `mutation DemoSetRecurrence($input: SetRecurrenceInput!) { setRecurrence(input: $input) { action { id } } }`;
const CREATE_ARTICLE = `mutation DemoCreateArticle($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`;
const CREATE_ANNOUNCEMENT = `mutation DemoCreateAnnouncement($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { item { id } } }`;
const CREATE_PAGE = `mutation DemoCreatePage($input: CreatePageInput!) { createPage(input: $input) { item { id } } }`;
const UPDATE_OCCURRENCE = `mutation DemoUpdateOccurrence($input: UpdateOccurrenceInput!) { updateOccurrence(input: $input) { startsAt } }`;

export interface LoadDemoOptions {
  /** The load day (YYYY-MM-DD in `zone`); today there by default. The demo's dates follow it. */
  today?: string;
  /** The territory's zone; Europe/Paris by default. */
  zone?: string;
  /**
   * Appended to every slug as `-<suffix>`, so that one database can hold several loads (tests load
   * the demo for two days side by side); none by default.
   */
  slugSuffix?: string;
  log?: (line: string) => void;
}

export async function loadDemo(execute: Execute, options: LoadDemoOptions = {}): Promise<{ data: DemoData; counts: Record<string, number>; ms: number }> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const zone = options.zone ?? DEMO_TIME_ZONE;
  const data = demoData(options.today ?? demoToday(zone), zone);
  const problems = validateDemoData(data);
  if (problems.length) throw new Error(`Demo data for ${data.today} is inconsistent:\n- ${problems.join('\n- ')}`);
  const { themes, places, actors, actions, partnerships, links, series, content } = data;
  const stored = (slug: string) => (options.slugSuffix ? `${slug}-${options.slugSuffix}` : slug);
  log(`Demo: dates for ${data.today} (${zone}).`);

  // Slugs are unique across the whole demo (validateDemoData checks it), so one map serves all kinds.
  const ids = new Map<string, string>();
  const idOf = (slug: string): string => {
    const id = ids.get(slug);
    if (!id) throw new Error(`Demo: "${slug}" has not been created yet`);
    return id;
  };
  const idsOf = (slugs: readonly string[] | undefined): string[] | undefined => (slugs?.length ? slugs.map(idOf) : undefined);

  /** Runs a create mutation and records the new id under the wanted slug. */
  const create = async <K extends string>(what: string, slug: string, query: string, field: K, input: Record<string, unknown>) => {
    let created: Record<K, Record<string, Created>>;
    try {
      created = await execute<Record<K, Record<string, Created>>>(query, { input: compact({ ...input, slug: stored(slug) }) });
    } catch (error) {
      throw new Error(`Demo: could not create ${what} "${slug}": ${(error as Error).message}`, { cause: error });
    }
    const entity = Object.values(created[field])[0];
    if (!entity?.id) throw new Error(`Demo: ${field} returned no id for ${what} "${slug}"`);
    if (entity.slug !== stored(slug)) throw new Error(`Demo: ${what} "${slug}" was stored as "${entity.slug}"`);
    ids.set(slug, entity.id);
  };

  log(`Demo: ${themes.length} themes…`);
  for (const t of themes) {
    await create('theme', t.slug, CREATE_THEME, 'createTheme', {
      name: t.name,
      slug: t.slug,
      description: t.description,
      broaderIds: idsOf(t.broader),
    });
  }

  log(`Demo: ${places.length} places…`);
  for (const p of places) {
    await create('place', p.slug, CREATE_PLACE, 'createPlace', {
      name: p.name,
      slug: p.slug,
      location: p.location,
      address: p.address,
      accessibility: p.accessibility,
      communeCode: p.communeCode,
    });
  }

  log(`Demo: ${actors.length} actors…`);
  for (const a of actors) {
    await create('actor', a.slug, CREATE_ACTOR, 'createActor', {
      name: a.name,
      kind: a.kind,
      slug: a.slug,
      description: a.description,
      website: a.website,
      visibility: a.visibility,
      parentIds: idsOf(a.parents),
      placeIds: idsOf(a.places),
      themeIds: idsOf(a.themes),
      since: a.since,
    });
  }

  log(`Demo: ${actions.length} actions…`);
  for (const a of actions) {
    await create('action', a.slug, CREATE_ACTION, 'createAction', {
      name: a.name,
      kind: a.kind,
      slug: a.slug,
      description: a.description,
      status: a.status,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      allDay: a.allDay,
      visibility: a.visibility,
      parentIds: idsOf(a.parents),
      carrierIds: idsOf(a.carriers),
      participantIds: idsOf(a.participants),
      placeIds: idsOf(a.places),
      themeIds: idsOf(a.themes),
      since: a.since,
    });
  }

  log(`Demo: ${partnerships.length} partnerships…`);
  for (const p of partnerships) {
    await create('partnership', p.slug, CREATE_PARTNERSHIP, 'createPartnership', {
      name: p.name,
      slug: p.slug,
      description: p.description,
      partyIds: p.parties.map(idOf),
      actionIds: idsOf(p.actions),
      themeIds: idsOf(p.themes),
      since: p.since,
      until: p.until,
    });
  }

  const ended = links.filter((l) => l.until !== undefined).length;
  log(`Demo: ${links.length} dated links (${ended} ended)…`);
  for (const l of links) {
    const label = `${l.type} ${l.from} → ${l.to}`;
    let linkId: string;
    try {
      const data = await execute<{ createLink: { link: { id: string } } }>(CREATE_LINK, {
        input: { type: l.type, fromId: idOf(l.from), toId: idOf(l.to), since: l.since },
      });
      linkId = data.createLink.link.id;
    } catch (error) {
      throw new Error(`Demo: could not create link ${label}: ${(error as Error).message}`, { cause: error });
    }
    // Created open, then ended: the history records that the link was current before it stopped.
    if (l.until !== undefined) {
      try {
        await execute(END_LINK, { input: { linkId, until: l.until } });
      } catch (error) {
        throw new Error(`Demo: could not end link ${label}: ${(error as Error).message}`, { cause: error });
      }
    }
  }

  log(`Demo: ${series.length} recurring series, ${content.length} articles, announcements and pages…`);
  for (const s of series) {
    await execute(SET_RECURRENCE, { input: { actionId: idOf(s.action), rule: s.rule, exceptions: s.exceptions } });
    for (const m of s.moves ?? []) {
      await execute(UPDATE_OCCURRENCE, { input: { actionId: idOf(s.action), originalStartsAt: m.originalStartsAt, startsAt: m.startsAt, endsAt: m.endsAt } });
    }
  }
  for (const c of content) {
    const common = { spaceId: idOf(c.space), title: c.title, body: c.body, visibility: c.visibility, publishedAt: c.publishedAt, themeIds: idsOf(c.themes), placeIds: idsOf(c.places) };
    try {
      if (c.kind === 'ARTICLE') await execute(CREATE_ARTICLE, { input: compact({ ...common, summary: c.summary, actionIds: idsOf(c.actions) }) });
      else if (c.kind === 'ANNOUNCEMENT') await execute(CREATE_ANNOUNCEMENT, { input: compact({ ...common, type: c.type, expiresAt: c.expiresAt }) });
      else await execute(CREATE_PAGE, { input: compact({ spaceId: common.spaceId, title: c.title, body: c.body, visibility: c.visibility }) });
    } catch (error) {
      throw new Error(`Demo: could not create ${c.kind.toLowerCase()} "${c.title}": ${(error as Error).message}`, { cause: error });
    }
  }

  const counts = {
    content: content.length,
    series: series.length,
    themes: themes.length,
    places: places.length,
    actors: actors.length,
    actions: actions.length,
    partnerships: partnerships.length,
    links: links.length,
    endedLinks: ended,
  };
  const ms = Math.round(performance.now() - started);
  log(`Demo: loaded in ${ms} ms.`);
  return { data, counts, ms };
}
