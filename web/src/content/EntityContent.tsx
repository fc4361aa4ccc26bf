// What is posted in a space and what reaches it through the graph (`content(kind, spaceId)`, as the
// API walks it): its pages, articles, announcements and media, a few of each with their total.
import { useQuery } from '@apollo/client/react';
import { Link } from 'wouter';
import { graphql } from '../gql';
import { defineMessages, useT } from '../i18n/i18n';
import { contentPath } from '../routing/paths';
import { Section } from '../shared/EntitySections';

export const contentMessages = defineMessages(
  'content',
  {
    pages: 'Pages',
    articles: 'Articles',
    announcements: 'Annonces',
    media: 'Médias',
    total: '{shown} sur {total}',
    published: 'Publié le {date}',
    'announcement.OFFER': 'Offre',
    'announcement.REQUEST': 'Demande',
    expires: 'Jusqu’au {date}',
    'media.IMAGE': 'Image',
    'media.DOCUMENT': 'Document',
    'media.AUDIO': 'Son',
    'media.VIDEO_LINK': 'Vidéo',
    'media.LINK': 'Lien',
  },
  {
    pages: 'Pages',
    articles: 'Articles',
    announcements: 'Announcements',
    media: 'Media',
    total: '{shown} of {total}',
    published: 'Published on {date}',
    'announcement.OFFER': 'Offer',
    'announcement.REQUEST': 'Request',
    expires: 'Until {date}',
    'media.IMAGE': 'Image',
    'media.DOCUMENT': 'Document',
    'media.AUDIO': 'Audio',
    'media.VIDEO_LINK': 'Video',
    'media.LINK': 'Link',
  },
);

const EntityContentQuery = graphql(`
  query EntityContent($spaceId: ID!, $asOf: DateTime) {
    pages: content(kind: PAGE, spaceId: $spaceId, first: 5, asOf: $asOf) {
      totalCount
      nodes {
        __typename
        id
        ... on Page {
          title
        }
      }
    }
    articles: content(kind: ARTICLE, spaceId: $spaceId, first: 5, asOf: $asOf) {
      totalCount
      nodes {
        __typename
        id
        ... on Article {
          title
          summary
          publishedAt
        }
      }
    }
    announcements: content(kind: ANNOUNCEMENT, spaceId: $spaceId, first: 5, asOf: $asOf) {
      totalCount
      nodes {
        __typename
        id
        ... on Announcement {
          title
          type
          expiresAt
        }
      }
    }
    media: content(kind: MEDIA, spaceId: $spaceId, first: 5, asOf: $asOf) {
      totalCount
      nodes {
        __typename
        id
        ... on Media {
          title
          type
          url
        }
      }
    }
  }
`);

interface Item {
  id: string;
  title?: string;
  meta?: string | null;
}

function ContentList({ id, title, items, total }: { id: string; title: string; items: Item[]; total: number }) {
  const t = useT(contentMessages);
  if (!items.length) return null;
  return (
    <Section id={id} title={title}>
      {total > items.length && <p className="count">{t('total', { shown: items.length, total })}</p>}
      <ul className="items">
        {items.map((item) => (
          <li key={item.id} className="item">
            {/* Content is written in French whatever the interface's language. */}
            <Link className="item-name" href={contentPath(item.id)} lang="fr">
              {item.title}
            </Link>
            {item.meta && <span className="item-meta">{item.meta}</span>}
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function EntityContent({ spaceId, asOf }: { spaceId: string; asOf: string | null }) {
  const t = useT(contentMessages);
  const { data } = useQuery(EntityContentQuery, { variables: { spaceId, asOf } });
  if (!data) return null;
  const date = (iso: string) => t.intl.formatDate(iso, { dateStyle: 'long', timeZone: 'Europe/Paris' });
  return (
    <>
      <ContentList id="content-pages" title={t('pages')} total={data.pages.totalCount} items={data.pages.nodes.map((n) => ({ id: n.id, title: 'title' in n ? n.title : undefined }))} />
      <ContentList
        id="content-articles"
        title={t('articles')}
        total={data.articles.totalCount}
        items={data.articles.nodes.map((n) => (n.__typename === 'Article' ? { id: n.id, title: n.title, meta: t('published', { date: date(n.publishedAt) }) } : { id: n.id }))}
      />
      <ContentList
        id="content-announcements"
        title={t('announcements')}
        total={data.announcements.totalCount}
        items={data.announcements.nodes.map((n) =>
          n.__typename === 'Announcement'
            ? { id: n.id, title: n.title, meta: [t(`announcement.${n.type}`), n.expiresAt ? t('expires', { date: date(n.expiresAt) }) : null].filter(Boolean).join(' · ') }
            : { id: n.id },
        )}
      />
      <ContentList
        id="content-media"
        title={t('media')}
        total={data.media.totalCount}
        items={data.media.nodes.map((n) => (n.__typename === 'Media' ? { id: n.id, title: n.title, meta: t(`media.${n.type}`) } : { id: n.id }))}
      />
    </>
  );
}
