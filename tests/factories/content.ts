// Articles and announcements for tests, posted through createArticle / createAnnouncement by `who`
// (an editor of the space, or the administrator api).
import { graphql } from '../gql/index.js';
import type { AnnouncementType, Visibility } from '../gql/graphql.js';
import { idOf, idsOf, send, uniqueName, type Ref, type Writer } from './write.js';

const CREATE_ARTICLE = graphql(`
  mutation FactoryCreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      item {
        id
      }
    }
  }
`);

const CREATE_ANNOUNCEMENT = graphql(`
  mutation FactoryCreateAnnouncement($input: CreateAnnouncementInput!) {
    createAnnouncement(input: $input) {
      item {
        id
      }
    }
  }
`);

export interface ArticleOptions {
  title?: string;
  summary?: string;
  body?: string;
  visibility?: Visibility;
  publishedAt?: string;
  themes?: readonly Ref[];
}

/** An article posted in `space`; returns its id and title. */
export async function buildArticle(who: Writer, space: Ref, o: ArticleOptions = {}): Promise<{ id: string; title: string }> {
  const title = uniqueName(o.title, 'Article');
  const data = await send(who, CREATE_ARTICLE, {
    input: {
      spaceId: idOf(space),
      title,
      summary: o.summary,
      body: o.body ?? 'Le texte de l’article.',
      visibility: o.visibility,
      publishedAt: o.publishedAt,
      themeIds: idsOf(o.themes),
    },
  });
  return { id: data.createArticle.item.id, title };
}

export interface AnnouncementOptions {
  title?: string;
  type?: AnnouncementType;
  body?: string;
  visibility?: Visibility;
  expiresAt?: string;
}

/** An announcement posted in `space`; returns its id and title. */
export async function buildAnnouncement(who: Writer, space: Ref, o: AnnouncementOptions = {}): Promise<{ id: string; title: string }> {
  const title = uniqueName(o.title, 'Annonce');
  const data = await send(who, CREATE_ANNOUNCEMENT, {
    input: { spaceId: idOf(space), type: o.type ?? 'OFFER', title, body: o.body ?? 'Le texte de l’annonce.', visibility: o.visibility, expiresAt: o.expiresAt },
  });
  return { id: data.createAnnouncement.item.id, title };
}
