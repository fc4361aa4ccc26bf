// The publishing kinds (pages, articles, announcements): their input checks and their writes, each in
// one transaction. The storage, rights and audit they share are content.store.ts's.
import { RULES, type Author } from '../auth/rights.js';
import type { Db } from '../db/driver.js';
import { badInput } from '../errors.js';
import type {
  CreateAnnouncementInput,
  CreateArticleInput,
  CreatePageInput,
  UpdateAnnouncementInput,
  UpdateArticleInput,
  UpdatePageInput,
} from '../generated/graphql.js';
import { checkName, checkText, instant } from '../shared/validate.js';
import { createContent, requireContent, updateContent, type ContentLinkKind, type ContentRecord } from './content.store.js';

const MAX_BODY = 100_000;
const MAX_SUMMARY = 1000;
const MAX_POSITION = 10_000;

function title(value: string | null | undefined): string | undefined {
  if (value === null) throw badInput('title', 'title cannot be removed.');
  return checkName('title', value);
}

function body(value: string | null | undefined, field = 'body'): string | undefined {
  if (value === null) throw badInput(field, `${field} cannot be removed.`);
  return checkText(field, value, MAX_BODY) ?? undefined;
}

function position(value: number | null | undefined): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (value < 0 || value > MAX_POSITION) throw badInput('position', `position must be between 0 and ${MAX_POSITION}.`);
  return value;
}

/** Only the props that were given (absent fields stay as they are). */
function given(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined));
}

/** Only the link lists that were given (an absent list leaves those links as they are). */
function links(l: Partial<Record<ContentLinkKind, readonly string[] | null | undefined>>): Partial<Record<ContentLinkKind, readonly string[]>> {
  const out: Partial<Record<ContentLinkKind, readonly string[]>> = {};
  for (const [kind, ids] of Object.entries(l) as [ContentLinkKind, readonly string[] | null | undefined][]) if (ids !== undefined && ids !== null) out[kind] = ids;
  return out;
}

export async function createPage(db: Db, input: CreatePageInput, by: Author): Promise<ContentRecord> {
  const props = { title: title(input.title), body: body(input.body), visibility: input.visibility ?? 'PUBLIC', position: position(input.position) ?? MAX_POSITION };
  return db.write((tx) => createContent(tx, { kind: 'PAGE', spaceId: input.spaceId, props, minRole: RULES.editSpace, what: 'add pages' }, by));
}

export async function updatePage(db: Db, input: UpdatePageInput, by: Author): Promise<ContentRecord> {
  const props = given({ title: title(input.title), body: body(input.body), visibility: input.visibility ?? undefined, position: position(input.position) });
  return db.write(async (tx) => {
    const item = await requireContent(tx, by, input.id, 'PAGE');
    return updateContent(tx, item, { props, minRole: RULES.editSpace, what: 'change pages' }, by);
  });
}

export async function createArticle(db: Db, input: CreateArticleInput, by: Author): Promise<ContentRecord> {
  const props = {
    title: title(input.title),
    summary: checkText('summary', input.summary, MAX_SUMMARY) ?? null,
    body: body(input.body),
    visibility: input.visibility ?? 'PUBLIC',
    publishedAt: instant(input.publishedAt) ?? by.now,
  };
  const targets = links({ themes: input.themeIds, places: input.placeIds, actions: input.actionIds, cover: input.coverId ? [input.coverId] : undefined });
  return db.write((tx) => createContent(tx, { kind: 'ARTICLE', spaceId: input.spaceId, props, links: targets, minRole: RULES.editSpace, what: 'post articles' }, by));
}

export async function updateArticle(db: Db, input: UpdateArticleInput, by: Author): Promise<ContentRecord> {
  const props = given({
    title: title(input.title),
    summary: input.summary === undefined ? undefined : (checkText('summary', input.summary, MAX_SUMMARY) ?? null),
    body: body(input.body),
    visibility: input.visibility ?? undefined,
    publishedAt: input.publishedAt ? instant(input.publishedAt) : undefined,
  });
  // A null coverId removes the cover; an absent one leaves it.
  const cover = input.coverId === undefined ? undefined : input.coverId ? [input.coverId] : [];
  const targets = links({ themes: input.themeIds, places: input.placeIds, actions: input.actionIds, cover });
  return db.write(async (tx) => {
    const item = await requireContent(tx, by, input.id, 'ARTICLE');
    return updateContent(tx, item, { props, links: targets, minRole: RULES.editSpace, what: 'change articles' }, by);
  });
}

export async function createAnnouncement(db: Db, input: CreateAnnouncementInput, by: Author): Promise<ContentRecord> {
  const publishedAt = instant(input.publishedAt) ?? by.now;
  const expiresAt = instant(input.expiresAt);
  if (expiresAt && expiresAt <= publishedAt) throw badInput('expiresAt', 'The expiry must come after the publication.');
  const props = { type: input.type, title: title(input.title), body: body(input.body), visibility: input.visibility ?? 'PUBLIC', publishedAt, expiresAt };
  const targets = links({ themes: input.themeIds, places: input.placeIds });
  return db.write((tx) => createContent(tx, { kind: 'ANNOUNCEMENT', spaceId: input.spaceId, props, links: targets, minRole: RULES.editSpace, what: 'post announcements' }, by));
}

export async function updateAnnouncement(db: Db, input: UpdateAnnouncementInput, by: Author): Promise<ContentRecord> {
  const expiresAt = input.expiresAt === undefined ? undefined : instant(input.expiresAt);
  const props = given({ type: input.type ?? undefined, title: title(input.title), body: body(input.body), visibility: input.visibility ?? undefined, expiresAt });
  const targets = links({ themes: input.themeIds, places: input.placeIds });
  return db.write(async (tx) => {
    const item = await requireContent(tx, by, input.id, 'ANNOUNCEMENT');
    // The expiry is checked against the publication as stored, so only once the item is read.
    if (expiresAt && expiresAt <= String(item.publishedAt)) throw badInput('expiresAt', 'The expiry must come after the publication.');
    return updateContent(tx, item, { props, links: targets, minRole: RULES.editSpace, what: 'change announcements' }, by);
  });
}
