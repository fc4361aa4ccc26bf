// Pages, articles and announcements: their life cycle and rights, safe Markdown, scheduled
// publication, expiry, and the featuring and hiding that spaces reached through the graph may do.
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApi } from './helpers/api.js';
import { buildAction } from './factories/actions.js';
import { buildActor } from './factories/actors.js';
import { addMember, signedIn, type Someone } from './factories/people.js';
import type { Built } from './factories/write.js';

const api = useTestApi();

const CREATE_PAGE = `mutation($input: CreatePageInput!) { createPage(input: $input) { item { id ... on Page { title bodyHtml position } } } }`;
const UPDATE_PAGE = `mutation($input: UpdatePageInput!) { updatePage(input: $input) { item { id ... on Page { title } } } }`;
const CREATE_ARTICLE = `mutation($input: CreateArticleInput!) { createArticle(input: $input) { item { id } } }`;
const UPDATE_ARTICLE = `mutation($input: UpdateArticleInput!) { updateArticle(input: $input) { item { id ... on Article { title } } } }`;
const CREATE_ANNOUNCEMENT = `mutation($input: CreateAnnouncementInput!) { createAnnouncement(input: $input) { item { id ... on Announcement { expired } } } }`;
const PLACE = `mutation($input: PlaceContentInput!) { placeContent(input: $input) }`;
const LIST = `query($kind: ContentKind!, $spaceId: ID, $filter: ContentFilter) { content(kind: $kind, spaceId: $spaceId, filter: $filter) { totalCount nodes { id } } }`;

type Listing = { content: { totalCount: number; nodes: { id: string }[] } };
const ids = (l: Listing) => l.content.nodes.map((n) => n.id);

describe('content of a space', () => {
  let owner: Someone, member: Someone, outsider: Someone, companyEditor: Someone;
  let town: Built, company: Built, festival: Built, show: Built;

  beforeAll(async () => {
    [owner, member, outsider, companyEditor] = await Promise.all([signedIn(api), signedIn(api), signedIn(api), signedIn(api)]);
    town = await buildActor(owner, { kind: 'INSTITUTION' });
    company = await buildActor(companyEditor, { kind: 'ARTIST' });
    festival = await buildAction(owner, { kind: 'FESTIVAL', carriers: [town] });
    // The show is carried by the company and part of the town's festival: created by the town's manager,
    // then the company's editor links it as carrier (both ends consent).
    show = await buildAction(owner, { kind: 'SHOW', partOf: [festival] });
    await addMember(owner, show, companyEditor, 'EDITOR');
    await companyEditor.ok(`mutation($input: CreateLinkInput!) { createLink(input: $input) { link { id } } }`, { input: { type: 'CARRIES', fromId: company.id, toId: show.id } });
    await addMember(owner, town, member, 'MEMBER');
  });

  it('lets editors add and change pages, rendered safely, and refuses others', async () => {
    const created = await owner.ok<{ createPage: { item: { id: string; bodyHtml: string; position: number } } }>(CREATE_PAGE, {
      input: { spaceId: town.id, title: 'Présentation', body: '**Bienvenue** <img src=x onerror=alert(1)> [lien](javascript:alert(1))', position: 0 },
    });
    expect(created.createPage.item.bodyHtml).toContain('<strong>Bienvenue</strong>');
    expect(created.createPage.item.bodyHtml).not.toMatch(/<img|href="javascript/);
    expect((await owner.ok<{ updatePage: { item: { title: string } } }>(UPDATE_PAGE, { input: { id: created.createPage.item.id, title: 'Qui sommes-nous' } })).updatePage.item.title).toBe('Qui sommes-nous');
    for (const [who, code] of [[member, 'FORBIDDEN'], [outsider, 'FORBIDDEN']] as const) {
      const res = await who.gql(UPDATE_PAGE, { input: { id: created.createPage.item.id, title: 'Piraté' } });
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    const anon = await api.anon(CREATE_PAGE, { input: { spaceId: town.id, title: 'X', body: 'Y' } });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const pages = await api.anon<Listing>(LIST, { kind: 'PAGE', spaceId: town.id });
    expect(ids(pages.data!)).toEqual([created.createPage.item.id]);
  });

  it('lets only the item’s own space edit it; a space it reaches may hide or feature it in its listings', async () => {
    const article = (await owner.ok<{ createArticle: { item: { id: string } } }>(CREATE_ARTICLE, { input: { spaceId: show.id, title: 'Complet !', body: 'Trois soirs.' } })).createArticle.item.id;
    expect(ids((await api.anon<Listing>(LIST, { kind: 'ARTICLE', spaceId: company.id })).data!)).toContain(article);
    // The company reaches the article (it carries the show) but the show's own editors edit it:
    // the company's editor is one here, so use an editor of the company alone.
    const companyOnly = await signedIn(api);
    await addMember(companyEditor, company, companyOnly, 'EDITOR');
    const refused = await companyOnly.gql(UPDATE_ARTICLE, { input: { id: article, title: 'Réécrit' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // …but may hide it from the company's listing, and only there.
    await companyOnly.ok(PLACE, { input: { spaceId: company.id, itemId: article, placement: 'HIDDEN' } });
    expect(ids((await api.anon<Listing>(LIST, { kind: 'ARTICLE', spaceId: company.id })).data!)).not.toContain(article);
    expect(ids((await api.anon<Listing>(LIST, { kind: 'ARTICLE', spaceId: festival.id })).data!)).toContain(article);
    // The town features it; an outsider may not place items in the town's listings.
    await owner.ok(PLACE, { input: { spaceId: town.id, itemId: article, placement: 'FEATURED' } });
    expect(ids((await api.anon<Listing>(LIST, { kind: 'ARTICLE', spaceId: town.id, filter: { featuredOnly: true } })).data!)).toEqual([article]);
    expect((await outsider.gql(PLACE, { input: { spaceId: town.id, itemId: article, placement: 'HIDDEN' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('keeps a scheduled article for the members until its publication', async () => {
    const scheduled = (await owner.ok<{ createArticle: { item: { id: string } } }>(CREATE_ARTICLE, { input: { spaceId: town.id, title: 'Bientôt', body: 'Annonce à venir.', publishedAt: '2099-01-01T09:00:00+01:00' } })).createArticle.item.id;
    expect(ids((await api.anon<Listing>(LIST, { kind: 'ARTICLE', spaceId: town.id })).data!)).not.toContain(scheduled);
    expect(ids(await member.ok<Listing>(LIST, { kind: 'ARTICLE', spaceId: town.id }))).toContain(scheduled);
    expect((await api.anon<{ contentItem: null }>(`query($id: ID!) { contentItem(id: $id) { id } }`, { id: scheduled })).data!.contentItem).toBeNull();
  });

  it('takes an expired announcement out of current listings but keeps it readable', async () => {
    const expired = await owner.ok<{ createAnnouncement: { item: { id: string; expired: boolean } } }>(CREATE_ANNOUNCEMENT, {
      input: { spaceId: town.id, type: 'REQUEST', title: 'Bénévoles', body: 'Pour la fête.', publishedAt: '2026-01-01', expiresAt: '2026-02-01' },
    });
    const current = await owner.ok<{ createAnnouncement: { item: { id: string; expired: boolean } } }>(CREATE_ANNOUNCEMENT, {
      input: { spaceId: town.id, type: 'OFFER', title: 'Prêt de tables', body: 'Vingt tables.', expiresAt: '2099-01-01' },
    });
    expect(expired.createAnnouncement.item.expired).toBe(true);
    expect(current.createAnnouncement.item.expired).toBe(false);
    const now = await api.anon<Listing>(LIST, { kind: 'ANNOUNCEMENT', spaceId: town.id });
    expect(ids(now.data!)).toEqual([current.createAnnouncement.item.id]);
    const all = await api.anon<Listing>(LIST, { kind: 'ANNOUNCEMENT', spaceId: town.id, filter: { includeExpired: true } });
    expect(all.data!.content.totalCount).toBe(2);
    const offers = await api.anon<Listing>(LIST, { kind: 'ANNOUNCEMENT', spaceId: town.id, filter: { includeExpired: true, announcementType: 'OFFER' } });
    expect(ids(offers.data!)).toEqual([current.createAnnouncement.item.id]);
    const bad = await owner.gql(CREATE_ANNOUNCEMENT, { input: { spaceId: town.id, type: 'OFFER', title: 'X', body: 'Y', publishedAt: '2026-03-01', expiresAt: '2026-02-01' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expiresAt' });
  });
});
