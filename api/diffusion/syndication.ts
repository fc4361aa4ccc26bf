// RSS 2.0, Atom 1.0 and JSON Feed 1.1 of article and announcement listings, built with the `feed`
// library. An item's GUID is its content id (urn:uuid:…), which no edit changes; its HTML is the
// API's `bodyHtml`, rendered by the one safe Markdown renderer the portal shows (api/shared/markdown.ts);
// its author is the space it is posted in; images (cover, media) go as enclosures.
import { Feed, type Item } from 'feed';
import type { DiffusionAnnouncementsQuery, DiffusionArticlesQuery, DiffusionMediaFragment } from './gql/graphql.js';
import { actionUrl } from './ical.js';

type ArticleNode = DiffusionArticlesQuery['content']['nodes'][number];
type AnnouncementNode = DiffusionAnnouncementsQuery['content']['nodes'][number];
type Node = ArticleNode | AnnouncementNode;
/** A listed item with its kind's fields (the listing selects them on Article and Announcement). */
type Published = Extract<Node, { title: string }>;

export type FeedFormat = 'rss' | 'atom' | 'json';

export interface FeedOptions {
  title: string;
  description: string;
  /** The portal's origin. */
  origin: string;
  /** This feed's URL in each format (same filter). */
  links: Record<FeedFormat, string>;
}

/** The portal page of a space (actors and actions have one; a partnership is shown on its parties' pages). */
function spaceUrl(origin: string, space: Node['space']): string {
  if (space?.__typename === 'Actor') return `${origin}/acteurs/${encodeURIComponent(space.slug)}`;
  if (space?.__typename === 'Action') return actionUrl(origin, space.slug);
  return `${origin}/`;
}

const absolute = (origin: string, url: string) => new URL(url, `${origin}/`).toString();

/** The item's first image, as an enclosure: its cover, else the first image among its media. */
function image(origin: string, node: Published): Item['enclosure'] {
  if (!('cover' in node)) return undefined;
  const media: DiffusionMediaFragment | undefined = node.cover ?? node.media.find((m) => m.type === 'IMAGE');
  if (!media) return undefined;
  return { url: absolute(origin, media.url), type: media.mimeType ?? undefined, length: media.size ?? undefined, title: media.alt ?? media.title };
}

function toItem(origin: string, node: Node): Item | null {
  if (!('title' in node)) return null;
  const link = `${spaceUrl(origin, node.space)}#${node.__typename === 'Article' ? 'article' : 'annonce'}-${node.id}`;
  const author = node.space ? [{ name: node.space.name, link: spaceUrl(origin, node.space) }] : undefined;
  return {
    title: node.title,
    id: `urn:uuid:${node.id}`,
    guid: `urn:uuid:${node.id}`,
    link,
    // `date` is the last update (Atom's <updated>, JSON Feed's date_modified); `published` the publication.
    date: new Date(node.updatedAt),
    published: new Date(node.publishedAt),
    description: 'summary' in node ? (node.summary ?? undefined) : undefined,
    content: node.bodyHtml,
    author,
    category: node.themes.map((t) => ({ name: t.name })),
    enclosure: image(origin, node),
  };
}

/**
 * The `feed` library writes JSON Feed 1.0: this lifts its output to 1.1 (`authors` lists, the
 * `language`, `attachments` for enclosures), keeping the 1.0 `author` that older readers use.
 */
function jsonFeed11(feed: Feed, items: Item[]): string {
  const doc = JSON.parse(feed.json1()) as Record<string, unknown> & { items: Record<string, unknown>[]; author?: unknown };
  doc.version = 'https://jsonfeed.org/version/1.1';
  doc.language = 'fr';
  if (doc.author) doc.authors = [doc.author];
  doc.items = doc.items.map((entry, i) => {
    const item = items[i]!;
    return {
      ...entry,
      ...(entry.author ? { authors: [entry.author] } : {}),
      ...(item.enclosure ? { image: item.enclosure.url, attachments: [{ url: item.enclosure.url, mime_type: item.enclosure.type ?? 'image/*', ...(item.enclosure.length ? { size_in_bytes: item.enclosure.length } : {}) }] } : {}),
    };
  });
  return JSON.stringify(doc, null, 2);
}

/** The feed of the given items in one format, as text. */
export function buildFeed(nodes: readonly Node[], format: FeedFormat, options: FeedOptions): string {
  const items = nodes.map((n) => toItem(options.origin, n)).filter((i): i is Item => i !== null);
  const newest = items.reduce<string | null>((max, i) => (max === null || i.date.toISOString() > max ? i.date.toISOString() : max), null);
  const feed = new Feed({
    id: options.links[format],
    title: options.title,
    description: options.description,
    link: `${options.origin}/`,
    language: 'fr',
    // From the data, never the clock: the same listing gives the same bytes (and the same ETag).
    updated: new Date(newest ?? 0),
    feedLinks: { rss: options.links.rss, atom: options.links.atom, json: options.links.json },
    generator: 'Convergences',
    copyright: 'Chaque contenu appartient à l’espace qui le publie.',
  });
  for (const item of items) feed.addItem(item);
  if (format === 'rss') return feed.rss2();
  if (format === 'atom') return feed.atom1();
  return jsonFeed11(feed, items);
}
