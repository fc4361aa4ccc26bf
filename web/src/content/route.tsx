// Lazy route module: an article, announcement or page, with its Markdown as the API renders it
// (`bodyHtml`: raw HTML shown as text, links checked), the space it is posted in, and the spaces it
// reaches one step up the graph — those whose listings show it too: the space's parents, the carriers
// of an action, the partnerships of the space, and for an article the actions it is about.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { graphql } from '../gql';
import { defineMessages, useT } from '../i18n/i18n';
import { entityPath, type EntityType } from '../routing/paths';
import { Section, ThemeSection } from '../shared/EntitySections';
import { EntityRoute } from '../shared/EntityRoute';
import { contentMessages } from './EntityContent';

const messages = defineMessages(
  'contentPage',
  {
    'kind.PAGE': 'Page',
    'kind.ARTICLE': 'Article',
    'kind.ANNOUNCEMENT': 'Annonce',
    postedIn: 'Publié dans',
    reaches: 'Se retrouve aussi sur',
    about: 'À propos de',
    expired: 'Annonce expirée',
    places: 'Lieux',
  },
  {
    'kind.PAGE': 'Page',
    'kind.ARTICLE': 'Article',
    'kind.ANNOUNCEMENT': 'Announcement',
    postedIn: 'Posted in',
    reaches: 'Also shown on',
    about: 'About',
    expired: 'Expired announcement',
    places: 'Places',
  },
);

const ContentPageQuery = graphql(`
  query ContentPage($id: ID!) {
    contentItem(id: $id) {
      __typename
      id
      kind
      space {
        __typename
        ... on Actor {
          id
          slug
          name
          parents(first: 20) {
            actor {
              id
              slug
              name
            }
          }
          partnerships(first: 20) {
            partnership {
              id
              slug
              name
            }
          }
        }
        ... on Action {
          id
          slug
          name
          parents(first: 20) {
            action {
              id
              slug
              name
            }
          }
          actors(role: CARRIES, first: 20) {
            actor {
              id
              slug
              name
            }
          }
          partnerships(first: 20) {
            partnership {
              id
              slug
              name
            }
          }
        }
        ... on Partnership {
          id
          slug
          name
          parties(first: 20) {
            actor {
              id
              slug
              name
            }
          }
        }
      }
      ... on Page {
        title
        bodyHtml
      }
      ... on Article {
        title
        summary
        bodyHtml
        publishedAt
        themes(first: 20) {
          id
          slug
          name
        }
        places(first: 20) {
          id
          slug
          name
        }
        actions(first: 20) {
          id
          slug
          name
        }
      }
      ... on Announcement {
        title
        type
        bodyHtml
        publishedAt
        expiresAt
        expired
        themes(first: 20) {
          id
          slug
          name
        }
        places(first: 20) {
          id
          slug
          name
        }
      }
    }
  }
`);

interface Reached {
  type: EntityType;
  id: string;
  slug: string;
  name: string;
}

function ReachedList({ id, title, items }: { id: string; title: string; items: Reached[] }) {
  if (!items.length) return null;
  return (
    <Section id={id} title={title}>
      <ul className="items">
        {items.map((item) => (
          <li key={item.id} className="item">
            <Link className="item-name" href={entityPath(item.type, item.slug)}>
              {item.name}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Component() {
  const { id = '' } = useParams();
  return <ContentPage key={id} id={id} />;
}

function ContentPage({ id }: { id: string }) {
  const t = useT(messages);
  const words = useT(contentMessages);
  const { data, error, refetch } = useQuery(ContentPageQuery, { variables: { id } });
  // Tasks, ideas, messages and media have no page of their own in the portal.
  const item = data ? (data.contentItem && ['Page', 'Article', 'Announcement'].includes(data.contentItem.__typename) ? data.contentItem : null) : undefined;
  const title = item && 'title' in item ? item.title : null;
  const date = (iso: string) => t.intl.formatDate(iso, { dateStyle: 'long', timeZone: 'Europe/Paris' });
  return (
    <EntityRoute entity={item} title={title} error={error} refetch={refetch}>
      {(item) => {
        const space = item.space;
        const home: Reached[] = [];
        const reached: Reached[] = [];
        if (space?.__typename === 'Actor') {
          home.push({ type: 'actor', ...space });
          reached.push(...space.parents.map((l) => ({ type: 'actor' as const, ...l.actor })));
          reached.push(...space.partnerships.map((l) => ({ type: 'partnership' as const, ...l.partnership })));
        } else if (space?.__typename === 'Action') {
          home.push({ type: 'action', ...space });
          reached.push(...space.parents.map((l) => ({ type: 'action' as const, ...l.action })));
          reached.push(...space.actors.map((l) => ({ type: 'actor' as const, ...l.actor })));
          reached.push(...space.partnerships.map((l) => ({ type: 'partnership' as const, ...l.partnership })));
        } else if (space?.__typename === 'Partnership') {
          home.push({ type: 'partnership', ...space });
          reached.push(...space.parties.map((l) => ({ type: 'actor' as const, ...l.actor })));
        }
        const about = item.__typename === 'Article' ? item.actions.map((a) => ({ type: 'action' as const, ...a })) : [];
        const places = item.__typename === 'Article' || item.__typename === 'Announcement' ? item.places : [];
        const themes = item.__typename === 'Article' || item.__typename === 'Announcement' ? item.themes : [];
        return (
          <article className="entity content-page">
            <header className="entity-header">
              <p className="kind">
                {t(`kind.${item.kind as 'PAGE' | 'ARTICLE' | 'ANNOUNCEMENT'}`)}
                {item.__typename === 'Announcement' && ` · ${words(`announcement.${item.type}`)}`}
              </p>
              <h1 lang="fr">{'title' in item ? item.title : ''}</h1>
              {(item.__typename === 'Article' || item.__typename === 'Announcement') && (
                <p className="when">
                  <time dateTime={item.publishedAt}>{words('published', { date: date(item.publishedAt) })}</time>
                  {item.__typename === 'Announcement' && item.expiresAt && ` · ${words('expires', { date: date(item.expiresAt) })}`}
                  {item.__typename === 'Announcement' && item.expired && <span className="badge badge-cancelled">{t('expired')}</span>}
                </p>
              )}
            </header>
            {item.__typename === 'Article' && item.summary && (
              <p className="summary" lang="fr">
                {item.summary}
              </p>
            )}
            {/* bodyHtml is rendered by the API from the Markdown, safely (raw HTML escaped, links checked). */}
            <div className="body" lang="fr" dangerouslySetInnerHTML={{ __html: 'bodyHtml' in item ? item.bodyHtml : '' }} />
            <div className="blocks">
              <ReachedList id="posted-in" title={t('postedIn')} items={home} />
              <ReachedList id="reaches" title={t('reaches')} items={reached} />
              <ReachedList id="about" title={t('about')} items={about} />
              <ReachedList id="content-places" title={t('places')} items={places.map((p) => ({ type: 'place' as const, ...p }))} />
              <ThemeSection themes={themes} />
            </div>
          </article>
        );
      }}
    </EntityRoute>
  );
}
