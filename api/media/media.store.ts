// Media items: uploaded files and links to videos or web pages. They are content items of kind MEDIA
// (api/content/content.store.ts writes them, with rights and change records); this module adds what is
// particular to media: link checks, attaching media to pages, articles and actions, and finding the
// file a request may download.
import { RULES, requireRole, type Author } from '../auth/rights.js';
import type { Access } from '../auth/access.js';
import { foundAs, requireVisible } from '../auth/lookup.js';
import { createContent, requireContent, toContentRecord, updateContent, type ContentRecord } from '../content/content.store.js';
import type { Db } from '../db/driver.js';
import { recordChange } from '../entity/entity.write.js';
import { badInput } from '../errors.js';
import type { MediaType, Visibility } from '../generated/graphql.js';
import { requireSpace } from '../member/member.store.js';
import { checkName, checkText } from '../shared/validate.js';
import type { MediaExt } from './sniff.js';

/** Most media one page, article or action shows. */
export const MAX_ATTACHED = 100;
const MAX_ALT = 1000;
const MAX_URL = 2000;

export function checkTitle(value: string | null | undefined): string | undefined {
  if (value === null) throw badInput('title', 'title cannot be removed.');
  return checkName('title', value);
}

export function checkAlt(value: string | null | undefined): string | null | undefined {
  const alt = checkText('alt', value, MAX_ALT);
  return typeof alt === 'string' ? alt.trim() || null : alt;
}

/** A link's address: https only, so no javascript:, data: or plain http: reaches a page. */
export function checkLinkUrl(value: string): string {
  const trimmed = value.trim();
  if (trimmed.length > MAX_URL) throw badInput('url', `url is too long (${MAX_URL} characters at most).`);
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw badInput('url', 'url must be a web address starting with https://.');
  }
  if (url.protocol !== 'https:') throw badInput('url', `url must start with https:// (this one starts with ${url.protocol}).`);
  if (url.username || url.password) throw badInput('url', 'url must not contain a user name or password.');
  return url.toString();
}

/** What the upload route knows of a checked file. */
export interface UploadedFile {
  type: 'IMAGE' | 'DOCUMENT' | 'AUDIO';
  mimeType: string;
  ext: MediaExt;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  url: string;
  thumbnailUrl: string | null;
}

/** Checked before the body is read, so refused uploads cost no disk; createUploadedMedia checks again as it writes. */
export async function requireUploadRights(db: Db, spaceId: string, by: Author): Promise<void> {
  await db.read(async (tx) => {
    const space = await requireSpace(tx, by, spaceId);
    await requireRole(tx, by, [space], RULES.editSpace, `upload media in "${space.name}"`);
  });
}

export async function createUploadedMedia(
  db: Db,
  input: { spaceId: string; title: string; alt: string | null; visibility: Visibility; file: UploadedFile },
  by: Author,
): Promise<ContentRecord> {
  return db.write((tx) =>
    createContent(
      tx,
      {
        kind: 'MEDIA',
        spaceId: input.spaceId,
        props: { ...input.file, title: input.title, alt: input.alt, visibility: input.visibility },
        minRole: RULES.editSpace,
        what: 'upload media',
      },
      by,
    ),
  );
}

const LINK_TYPES: MediaType[] = ['VIDEO_LINK', 'LINK'];

export async function createMediaLink(
  db: Db,
  input: { spaceId: string; type: MediaType; url: string; title: string; visibility?: Visibility | null },
  by: Author,
): Promise<ContentRecord> {
  if (!LINK_TYPES.includes(input.type)) throw badInput('type', `type must be VIDEO_LINK or LINK here; files (${input.type}) are uploaded with POST /media.`);
  const props = { type: input.type, url: checkLinkUrl(input.url), title: checkTitle(input.title), alt: null, visibility: input.visibility ?? 'PUBLIC' };
  return db.write((tx) => createContent(tx, { kind: 'MEDIA', spaceId: input.spaceId, props, minRole: RULES.editSpace, what: 'add media' }, by));
}

export async function updateMedia(
  db: Db,
  input: { id: string; title?: string | null; alt?: string | null; visibility?: Visibility | null },
  by: Author,
): Promise<ContentRecord> {
  const props = Object.fromEntries(
    Object.entries({ title: checkTitle(input.title), alt: checkAlt(input.alt), visibility: input.visibility ?? undefined }).filter(([, v]) => v !== undefined),
  );
  return db.write(async (tx) => {
    const item = await requireContent(tx, by, input.id, 'MEDIA');
    return updateContent(tx, item, { props, minRole: RULES.editSpace, what: 'change media' }, by);
  });
}

/**
 * Media may be attached where they belong: to an item or action of their own space, or anywhere when
 * public (a members-only file of one space never shows through another space's page). Every media id
 * was looked up visible to the author.
 */
function requireAttachable(spaceId: string, media: readonly ContentRecord[]): void {
  for (const m of media) {
    if (m.spaceId !== spaceId && m.visibility !== 'PUBLIC') {
      throw badInput('mediaIds', `"${m.title}" is members-only media of another space: only public media can be attached outside their own space.`);
    }
  }
}

const TARGET_KINDS = ['Page', 'Article', 'Action'] as const;

/** Replaces the media attached to a page, an article or an action (EDITOR on its space). */
export async function attachMedia(db: Db, input: { targetId: string; mediaIds: readonly string[] }, by: Author): Promise<boolean> {
  if (input.mediaIds.length > MAX_ATTACHED) throw badInput('mediaIds', `At most ${MAX_ATTACHED} media can be attached to one item.`);
  return db.write(async (tx) => {
    // The target and every media item first, as the author may see them; then the rights.
    const found = await requireVisible(tx, by, [
      { field: 'targetId', ids: [input.targetId], kinds: TARGET_KINDS },
      { field: 'mediaIds', ids: input.mediaIds, kinds: ['Media'] },
    ]);
    const media = input.mediaIds.map((id) => foundAs(found, id, ['Media']));
    const target = foundAs(found, input.targetId, TARGET_KINDS);
    if (target.__typename !== 'Action') {
      const content = target as ContentRecord;
      const space = await requireSpace(tx, by, content.spaceId, 'targetId');
      await requireRole(tx, by, [space], RULES.editSpace, `attach media in "${space.name}"`);
      requireAttachable(content.spaceId, media);
      await updateContent(tx, content, { props: {}, links: { media: input.mediaIds }, minRole: RULES.editSpace, what: 'attach media' }, by);
      return true;
    }
    const action = target;
    await requireRole(tx, by, [action], RULES.editSpace, `attach media to "${action.name}"`);
    requireAttachable(action.id, media);
    const [row] = await tx.run<{ before: string[] }>('media/set-action-media', { actionId: action.id, mediaIds: input.mediaIds });
    await recordChange(tx, {
      op: 'attachMedia',
      entityType: 'Action',
      entityId: action.id,
      before: { media: row?.before ?? [] },
      after: { media: input.mediaIds },
      personId: by.personId,
      subjectIds: [action.id],
    });
    return true;
  });
}

/** Media attached to each action, in order, that the reader may see. */
export async function listActionMedia(db: Db, actionIds: readonly string[], access: Access, now: string): Promise<Map<string, ContentRecord[]>> {
  const rows = await db.query<{ id: string; node: Record<string, unknown> }>('media/list-action-media', { ids: actionIds, access, now });
  const out = new Map<string, ContentRecord[]>();
  for (const r of rows) out.set(r.id, [...(out.get(r.id) ?? []), toContentRecord(r.node)]);
  return out;
}

export interface VisibleFile {
  mimeType: string;
  ext: MediaExt;
  title: string;
  /** Visible to everyone (then shared caches may keep it). */
  public: boolean;
}

/** The file with this hash (and extension; any for a thumbnail), if the reader may see an item holding it. */
export async function findVisibleFile(db: Db, sha256: string, ext: MediaExt | null, access: Access, now: string): Promise<VisibleFile | null> {
  const [row] = await db.query<VisibleFile>('media/find-visible-media-file', { sha256, ext, access, now });
  return row ?? null;
}
