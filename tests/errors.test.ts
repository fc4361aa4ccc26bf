// Every kind of bad input, through GraphQL over HTTP: each is refused with a code a client can act
// on and the input field at fault, and nothing is half-written.
import { describe, expect, it } from 'vitest';
import { uid, useTestApi, type GraphQLResponse } from './helpers/api.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { buildLink } from './factories/links.js';
import { buildPartnership } from './factories/partnerships.js';
import { buildPlace } from './factories/places.js';
import { buildTheme } from './factories/themes.js';

const api = useTestApi();

const CREATE_ACTOR = `mutation($input: CreateActorInput!) { createActor(input: $input) { actor { id } } }`;
const UPDATE_ACTOR = `mutation($input: UpdateActorInput!) { updateActor(input: $input) { actor { id } } }`;
const CREATE_ACTION = `mutation($input: CreateActionInput!) { createAction(input: $input) { action { id } } }`;
const UPDATE_ACTION = `mutation($input: UpdateActionInput!) { updateAction(input: $input) { action { id } } }`;
const CREATE_PLACE = `mutation($input: CreatePlaceInput!) { createPlace(input: $input) { place { id } } }`;
const UPDATE_PLACE = `mutation($input: UpdatePlaceInput!) { updatePlace(input: $input) { place { id } } }`;
const CREATE_THEME = `mutation($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }`;
const UPDATE_THEME = `mutation($input: UpdateThemeInput!) { updateTheme(input: $input) { theme { id } } }`;
const CREATE_PARTNERSHIP = `mutation($input: CreatePartnershipInput!) { createPartnership(input: $input) { partnership { id } } }`;
const UPDATE_PARTNERSHIP = `mutation($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { partnership { id } } }`;
const CREATE_LINK = `mutation($input: CreateLinkInput!) { createLink(input: $input) { link { id since until } } }`;
const END_LINK = `mutation($input: EndLinkInput!) { endLink(input: $input) { link { id until } } }`;

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

/** Asserts the response carries exactly one error with this code and field, and no data for it. */
function expectError(res: GraphQLResponse<unknown>, code: string, field?: string): void {
  expect(res.errors, JSON.stringify(res)).toHaveLength(1);
  const extensions = res.errors![0]!.extensions;
  expect(extensions, JSON.stringify(res.errors)).toMatchObject(field === undefined ? { code } : { code, field });
  expect(res.errors![0]!.message.length).toBeGreaterThan(10);
}

describe('dates', () => {
  it('refuses an action ending before it starts, naming endsAt', async () => {
    const res = await api.gql(CREATE_ACTION, { input: { name: `X ${uid()}`, kind: 'EVENT', startsAt: '2025-05-02T10:00:00Z', endsAt: '2025-05-02T09:00:00Z' } });
    expectError(res, 'BAD_USER_INPUT', 'endsAt');
  });

  it('refuses an update that moves the end before the stored start, naming endsAt', async () => {
    const action = await buildAction(api, { startsAt: '2025-05-02T10:00:00Z', endsAt: '2025-05-02T12:00:00Z' });
    expectError(await api.gql(UPDATE_ACTION, { input: { id: action.id, endsAt: '2025-05-01T12:00:00Z' } }), 'BAD_USER_INPUT', 'endsAt');
  });

  it('refuses an end without a start, naming startsAt', async () => {
    expectError(await api.gql(CREATE_ACTION, { input: { name: `X ${uid()}`, kind: 'EVENT', endsAt: '2025-05-02' } }), 'BAD_USER_INPUT', 'startsAt');
  });

  it('refuses a malformed DateTime, as a variable or written in the query', async () => {
    const asVariable = await api.gql(CREATE_ACTION, { input: { name: `X ${uid()}`, kind: 'EVENT', startsAt: '2025-13-45' } });
    expectError(asVariable, 'BAD_USER_INPUT');
    expect(asVariable.errors![0]!.message).toContain('input.startsAt');
    expectError(await api.gql(`{ actors(asOf: "2025-02-30") { totalCount } }`), 'BAD_USER_INPUT');
    expectError(await api.gql(`{ actors(asOf: "14/07/2025") { totalCount } }`), 'BAD_USER_INPUT');
  });

  it('names the input field of a malformed DateTime', async () => {
    const asVariable = await api.gql(CREATE_ACTION, { input: { name: `X ${uid()}`, kind: 'EVENT', startsAt: '2025-13-45' } });
    expectError(asVariable, 'BAD_USER_INPUT', 'startsAt');
    expectError(await api.gql(`{ actors(asOf: "2025-02-30") { totalCount } }`), 'BAD_USER_INPUT', 'asOf');
  });

  it('refuses an unknown time zone, naming timeZone', async () => {
    expectError(await api.gql(CREATE_ACTION, { input: { name: `X ${uid()}`, kind: 'EVENT', timeZone: 'Europe/Saint-Brieuc' } }), 'BAD_USER_INPUT', 'timeZone');
  });
});

describe('places', () => {
  it('refuses a latitude of 200, naming location.latitude', async () => {
    expectError(await api.gql(CREATE_PLACE, { input: { name: `L ${uid()}`, location: { latitude: 200, longitude: 0 } } }), 'BAD_USER_INPUT', 'location.latitude');
  });

  it('refuses a longitude of -181, naming location.longitude', async () => {
    expectError(await api.gql(CREATE_PLACE, { input: { name: `L ${uid()}`, location: { latitude: 48, longitude: -181 } } }), 'BAD_USER_INPUT', 'location.longitude');
  });

  it('refuses moving a place off the globe, naming location.latitude', async () => {
    const place = await buildPlace(api);
    expectError(await api.gql(UPDATE_PLACE, { input: { id: place.id, location: { latitude: -90.5, longitude: 0 } } }), 'BAD_USER_INPUT', 'location.latitude');
  });

  it('refuses an unknown commune code, naming communeCode', async () => {
    expectError(await api.gql(CREATE_PLACE, { input: { name: `L ${uid()}`, location: { latitude: 48, longitude: -2 }, communeCode: '99999' } }), 'BAD_USER_INPUT', 'communeCode');
  });

  it('refuses a postal code that is not five digits, naming address.postalCode', async () => {
    expectError(await api.gql(CREATE_PLACE, { input: { name: `L ${uid()}`, location: { latitude: 48, longitude: -2 }, address: { postalCode: '2200' } } }), 'BAD_USER_INPUT', 'address.postalCode');
  });
});

describe('own fields', () => {
  it('refuses a blank or overlong name, naming name', async () => {
    expectError(await api.gql(CREATE_ACTOR, { input: { name: '   ', kind: 'ASSOCIATION' } }), 'BAD_USER_INPUT', 'name');
    expectError(await api.gql(CREATE_ACTOR, { input: { name: 'x'.repeat(201), kind: 'ASSOCIATION' } }), 'BAD_USER_INPUT', 'name');
    const actor = await buildActor(api);
    expectError(await api.gql(UPDATE_ACTOR, { input: { id: actor.id, name: null } }), 'BAD_USER_INPUT', 'name');
  });

  it('refuses a web site that is not http or https, naming website', async () => {
    expectError(await api.gql(CREATE_ACTOR, { input: { name: `A ${uid()}`, kind: 'ASSOCIATION', website: 'javascript:alert(1)' } }), 'BAD_USER_INPUT', 'website');
  });

  it('refuses a second entity of the same type with the same explicit slug, as a CONFLICT on slug', async () => {
    const slug = `salle-${uid()}`;
    await buildActor(api, { slug });
    expectError(await api.gql(CREATE_ACTOR, { input: { name: `Autre ${uid()}`, kind: 'ASSOCIATION', slug } }), 'CONFLICT', 'slug');
    // Slugs are unique per type: an action may take it.
    await buildAction(api, { slug });
  });

  it('refuses a malformed slug, naming slug', async () => {
    for (const slug of ['Avec Majuscules', 'accentué', '-tiret', 'double--tiret', 'fin-', '', 'a/b', 'x'.repeat(101)]) {
      expectError(await api.gql(CREATE_THEME, { input: { name: `T ${uid()}`, slug } }), 'BAD_USER_INPUT', 'slug');
    }
  });

  it('refuses an enum value that does not exist', async () => {
    const res = await api.gql(CREATE_ACTOR, { input: { name: `A ${uid()}`, kind: 'PIRATE' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('references to other entities', () => {
  it('answers an unknown theme in themeIds NOT_FOUND, naming themeIds, in one message shape', async () => {
    const res = await api.gql(CREATE_ACTOR, { input: { name: `A ${uid()}`, kind: 'ASSOCIATION', themeIds: [UNKNOWN_ID] } });
    expectError(res, 'NOT_FOUND', 'themeIds');
    expect(res.errors![0]!.message).toBe(`No theme has the id "${UNKNOWN_ID}".`);
    expectError(await api.gql(CREATE_ACTION, { input: { name: `A ${uid()}`, kind: 'EVENT', themeIds: [UNKNOWN_ID] } }), 'NOT_FOUND', 'themeIds');
  });

  it('answers a theme id where an actor is expected as an unknown actor, naming the field', async () => {
    const theme = await buildTheme(api);
    const res = await api.gql(CREATE_ACTION, { input: { name: `A ${uid()}`, kind: 'EVENT', carrierIds: [theme.id] } });
    expectError(res, 'NOT_FOUND', 'carrierIds');
    expect(res.errors![0]!.message).toBe(`No actor has the id "${theme.id}".`);
    expectError(await api.gql(CREATE_ACTOR, { input: { name: `A ${uid()}`, kind: 'ASSOCIATION', parentIds: [theme.id] } }), 'NOT_FOUND', 'parentIds');
    const other = await buildActor(api);
    expectError(await api.gql(CREATE_PARTNERSHIP, { input: { name: `P ${uid()}`, partyIds: [other.id, theme.id] } }), 'NOT_FOUND', 'partyIds');
  });

  it('refuses the same id listed twice, naming the field', async () => {
    const theme = await buildTheme(api);
    expectError(await api.gql(CREATE_ACTOR, { input: { name: `A ${uid()}`, kind: 'ASSOCIATION', themeIds: [theme.id, theme.id] } }), 'BAD_USER_INPUT', 'themeIds');
  });

  it('refuses a partnership with one party, or the same actor twice, naming partyIds', async () => {
    const actor = await buildActor(api);
    expectError(await api.gql(CREATE_PARTNERSHIP, { input: { name: `P ${uid()}`, partyIds: [actor.id] } }), 'BAD_USER_INPUT', 'partyIds');
    expectError(await api.gql(CREATE_PARTNERSHIP, { input: { name: `P ${uid()}`, partyIds: [actor.id, actor.id] } }), 'BAD_USER_INPUT', 'partyIds');
  });

  it('refuses a partnership ending before it starts, naming until', async () => {
    const [a, b] = [await buildActor(api), await buildActor(api)];
    expectError(await api.gql(CREATE_PARTNERSHIP, { input: { name: `P ${uid()}`, partyIds: [a.id, b.id], since: '2025-01-01', until: '2024-01-01' } }), 'BAD_USER_INPUT', 'until');
  });

  it('leaves no action behind when one of its themes is unknown', async () => {
    const token = `zqx${uid()}`;
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    const res = await api.gql(CREATE_ACTION, { input: { name: `Spectacle ${token}`, kind: 'SHOW', parentIds: [festival.id], themeIds: [UNKNOWN_ID] } });
    expectError(res, 'NOT_FOUND', 'themeIds');
    const found = await api.ok<{ byText: { totalCount: number }; byParent: { totalCount: number }; festival: { children: unknown[] } }>(
      `query($text: String, $id: ID, $festival: ID) {
        byText: actions(filter: { text: $text }) { totalCount }
        byParent: actions(filter: { partOfId: $id }) { totalCount }
        festival: action(id: $festival) { children { action { id } } }
      }`,
      { text: token, id: festival.id, festival: festival.id },
    );
    expect(found).toEqual({ byText: { totalCount: 0 }, byParent: { totalCount: 0 }, festival: { children: [] } });
  });

  it('leaves no actor behind when its slug is taken, even with valid links', async () => {
    const token = `zqx${uid()}`;
    const slug = `pris-${uid()}`;
    const theme = await buildTheme(api);
    await buildActor(api, { slug });
    expectError(await api.gql(CREATE_ACTOR, { input: { name: `Acteur ${token}`, kind: 'ASSOCIATION', slug, themeIds: [theme.id] } }), 'CONFLICT', 'slug');
    const found = await api.ok<{ actors: { totalCount: number } }>(`query($t: String, $th: ID!) { actors(filter: { text: $t, themeIds: [$th] }) { totalCount } }`, { t: token, th: theme.id });
    expect(found.actors.totalCount).toBe(0);
  });
});

describe('links', () => {
  it('refuses a PART_OF link that would close a cycle (A in B, B in C, then C in A)', async () => {
    const [a, b, c] = [await buildActor(api), await buildActor(api), await buildActor(api)];
    await buildLink(api, 'PART_OF', a, b);
    await buildLink(api, 'PART_OF', b, c);
    expectError(await api.gql(CREATE_LINK, { input: { type: 'PART_OF', fromId: c.id, toId: a.id } }), 'BAD_USER_INPUT', 'toId');
    const tree = await api.ok<{ actor: { parents: unknown[] } }>(`query($id: ID) { actor(id: $id) { parents { actor { id } } } }`, { id: c.id });
    expect(tree.actor.parents).toEqual([]);
  });

  it('refuses cycles among actions and among themes too', async () => {
    const festival = await buildAction(api, { kind: 'FESTIVAL' });
    const show = await buildAction(api, { partOf: [festival] });
    expectError(await api.gql(CREATE_LINK, { input: { type: 'PART_OF', fromId: festival.id, toId: show.id } }), 'BAD_USER_INPUT', 'toId');
    const broad = await buildTheme(api);
    const narrow = await buildTheme(api, { broader: [broad] });
    expectError(await api.gql(CREATE_LINK, { input: { type: 'BROADER', fromId: broad.id, toId: narrow.id } }), 'BAD_USER_INPUT', 'toId');
  });

  it('refuses a link from an entity to itself', async () => {
    const actor = await buildActor(api);
    expectError(await api.gql(CREATE_LINK, { input: { type: 'PART_OF', fromId: actor.id, toId: actor.id } }), 'BAD_USER_INPUT', 'toId');
  });

  it('refuses a link type joining the wrong entity types, naming type', async () => {
    const actor = await buildActor(api);
    const action = await buildAction(api);
    const theme = await buildTheme(api);
    expectError(await api.gql(CREATE_LINK, { input: { type: 'PART_OF', fromId: actor.id, toId: action.id } }), 'BAD_USER_INPUT', 'type');
    expectError(await api.gql(CREATE_LINK, { input: { type: 'CARRIES', fromId: action.id, toId: actor.id } }), 'BAD_USER_INPUT', 'type');
    expectError(await api.gql(CREATE_LINK, { input: { type: 'TAGGED', fromId: theme.id, toId: actor.id } }), 'BAD_USER_INPUT', 'type');
  });

  it('refuses a second current link of the same type between the same entities, as a CONFLICT', async () => {
    const actor = await buildActor(api);
    const theme = await buildTheme(api);
    await buildLink(api, 'TAGGED', actor, theme);
    expectError(await api.gql(CREATE_LINK, { input: { type: 'TAGGED', fromId: actor.id, toId: theme.id } }), 'CONFLICT', 'toId');
  });

  it('accepts the same link again once the first has ended', async () => {
    const actor = await buildActor(api);
    const theme = await buildTheme(api);
    await buildLink(api, 'TAGGED', actor, theme, { since: '2024-01-01', until: '2024-06-01' });
    await buildLink(api, 'TAGGED', actor, theme);
  });

  it('refuses a link whose until is not after its since, naming until', async () => {
    const actor = await buildActor(api);
    const theme = await buildTheme(api);
    expectError(await api.gql(CREATE_LINK, { input: { type: 'TAGGED', fromId: actor.id, toId: theme.id, since: '2025-01-01', until: '2024-01-01' } }), 'BAD_USER_INPUT', 'until');
  });

  it('refuses a link to an unknown entity, as NOT_FOUND naming the end', async () => {
    const actor = await buildActor(api);
    expectError(await api.gql(CREATE_LINK, { input: { type: 'TAGGED', fromId: actor.id, toId: UNKNOWN_ID } }), 'NOT_FOUND', 'toId');
    expectError(await api.gql(CREATE_LINK, { input: { type: 'TAGGED', fromId: UNKNOWN_ID, toId: actor.id } }), 'NOT_FOUND', 'fromId');
  });

  it('refuses ending a link before it started, naming until', async () => {
    const actor = await buildActor(api);
    const theme = await buildTheme(api);
    const link = await buildLink(api, 'TAGGED', actor, theme, { since: '2024-06-01' });
    expectError(await api.gql(END_LINK, { input: { linkId: link.id, until: '2024-01-01' } }), 'BAD_USER_INPUT', 'until');
    expectError(await api.gql(END_LINK, { input: { linkId: link.id, until: '2024-06-01' } }), 'BAD_USER_INPUT', 'until');
  });

  it('refuses ending a link that already ended, naming linkId', async () => {
    const actor = await buildActor(api);
    const theme = await buildTheme(api);
    const link = await buildLink(api, 'TAGGED', actor, theme, { since: '2024-01-01', until: '2024-06-01' });
    expectError(await api.gql(END_LINK, { input: { linkId: link.id } }), 'BAD_USER_INPUT', 'linkId');
  });

  it('answers NOT_FOUND for ending an unknown link, naming linkId', async () => {
    expectError(await api.gql(END_LINK, { input: { linkId: UNKNOWN_ID } }), 'NOT_FOUND', 'linkId');
  });
});

describe('unknown ids and lookups', () => {
  it('answers NOT_FOUND for updating an unknown id, naming id', async () => {
    expectError(await api.gql(UPDATE_ACTOR, { input: { id: UNKNOWN_ID, name: 'X' } }), 'NOT_FOUND', 'id');
    expectError(await api.gql(UPDATE_ACTION, { input: { id: UNKNOWN_ID, name: 'X' } }), 'NOT_FOUND', 'id');
    expectError(await api.gql(UPDATE_PLACE, { input: { id: UNKNOWN_ID, name: 'X' } }), 'NOT_FOUND', 'id');
    expectError(await api.gql(UPDATE_THEME, { input: { id: UNKNOWN_ID, name: 'X' } }), 'NOT_FOUND', 'id');
    expectError(await api.gql(UPDATE_PARTNERSHIP, { input: { id: UNKNOWN_ID, name: 'X' } }), 'NOT_FOUND', 'id');
    // One message shape, built in one place (api/errors.ts notFound): no double negative.
    expect((await api.gql(UPDATE_ACTOR, { input: { id: UNKNOWN_ID, name: 'X' } })).errors?.[0]?.message).toBe(`No actor has the id "${UNKNOWN_ID}".`);
  });

  it('answers NOT_FOUND for updating an entity of another type through its id', async () => {
    const theme = await buildTheme(api);
    expectError(await api.gql(UPDATE_ACTOR, { input: { id: theme.id, name: 'X' } }), 'NOT_FOUND', 'id');
    const partnership = await buildPartnership(api);
    expectError(await api.gql(UPDATE_ACTION, { input: { id: partnership.id, name: 'X' } }), 'NOT_FOUND', 'id');
  });

  it('refuses an actor lookup with both id and slug, or with neither', async () => {
    const actor = await buildActor(api);
    const both = await api.gql(`query($id: ID, $slug: String) { actor(id: $id, slug: $slug) { id } }`, { id: actor.id, slug: actor.slug });
    expectError(both, 'BAD_USER_INPUT', 'slug');
    expectError(await api.gql(`{ actor { id } }`), 'BAD_USER_INPUT', 'id');
    expectError(await api.gql(`{ action { id } }`), 'BAD_USER_INPUT', 'id');
  });

  it('refuses a territory lookup by code without its level, naming level', async () => {
    expectError(await api.gql(`{ territory(code: "22278") { id } }`), 'BAD_USER_INPUT', 'level');
  });

  it('refuses a tree depth outside 1 to 10, naming depth', async () => {
    const actor = await buildActor(api);
    expectError(await api.gql(`query($id: ID) { actor(id: $id) { ancestors(depth: 11) { depth } } }`, { id: actor.id }), 'BAD_USER_INPUT', 'depth');
  });
});
