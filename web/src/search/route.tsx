// Lazy route module: one search across actors, actions, places and articles (?q=), grouped by kind,
// each group with its total (never a silent cap) and its best hits with the matched words marked.
// "Voir tout" opens the explorer (actors, actions) with the same words for the whole list.
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'wouter';
import { graphql } from '../gql';
import type { SearchPageQuery } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { defineMessages, useContentLang, useT } from '../i18n/i18n';
import { contentPath, entityPath } from '../routing/paths';
import { ActionDates } from '../shared/ActionDates';
import { LoadState } from '../shared/LoadState';
import { StatusBadge } from '../shared/StatusBadge';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { Highlighted } from './Highlighted';

const messages = defineMessages(
  'search',
  {
    title: 'Recherche',
    titleFor: 'Recherche : {text}',
    results: 'Résultats pour « {text} »',
    empty: 'Tapez un mot dans la boîte de recherche, en haut de la page.',
    nothing: 'Rien ne correspond à « {text} ». Vérifiez l’orthographe ou essayez un mot plus court.',
    seeAll: 'Voir les {count} dans l’explorateur',
    top: '{shown} premiers',
  },
  {
    title: 'Search',
    titleFor: 'Search: {text}',
    results: 'Results for “{text}”',
    empty: 'Type a word in the search box at the top of the page.',
    nothing: 'Nothing matches “{text}”. Check the spelling or try a shorter word.',
    seeAll: 'See all {count} in the explorer',
    top: 'first {shown}',
  },
);

const SearchPage = graphql(`
  query SearchPage($text: String!) {
    search(text: $text) {
      actors(first: 10) {
        ...SearchGroupFields
      }
      actions(first: 10) {
        ...SearchGroupFields
      }
      places(first: 10) {
        ...SearchGroupFields
      }
      articles(first: 10) {
        ...SearchGroupFields
      }
    }
  }
  fragment SearchGroupFields on SearchGroup {
    totalCount
    hits {
      node {
        __typename
        ... on Actor {
          id
          slug
          name
          actorKind: kind
        }
        ... on Action {
          id
          slug
          name
          actionKind: kind
          status
          startsAt
          endsAt
          allDay
          timeZone
        }
        ... on Place {
          id
          slug
          name
        }
        ... on Article {
          id
          title
        }
      }
      highlights {
        field
        text
        offset
        clippedEnd
        ranges {
          start
          length
        }
      }
    }
  }
`);

type Group = SearchPageQuery['search']['actors'];
type Kind = 'actors' | 'actions' | 'places' | 'articles';
const COUNT_KEY = { actors: 'actorCount', actions: 'actionCount', places: 'placeCount', articles: 'articleCount' } as const;

export function Component() {
  const t = useT(messages);
  const c = useCommon();
  const text = useSearchParams()[0].get('q')?.trim() ?? '';
  useDocumentTitle(text ? t('titleFor', { text }) : t('title'));
  const query = useQuery(SearchPage, { variables: { text }, skip: !text });
  const data = (query.data ?? query.previousData)?.search;

  if (!text) {
    return (
      <>
        <h1>{t('title')}</h1>
        <p>{t('empty')}</p>
      </>
    );
  }
  const total = data ? data.actors.totalCount + data.actions.totalCount + data.places.totalCount + data.articles.totalCount : 0;
  return (
    <>
      <h1>{t('results', { text })}</h1>
      {!data ? (
        <LoadState failed={!!query.error} onRetry={() => void query.refetch().catch(() => {})} />
      ) : (
        <>
          <p role="status" className="count">
            {total === 0 ? t('nothing', { text }) : c('resultCount', { count: total })}
          </p>
          <div className="columns">
            {(['actors', 'actions', 'places', 'articles'] as const).map((kind) => (
              <ResultGroup key={kind} kind={kind} group={data[kind]} text={text} loading={query.loading} />
            ))}
          </div>
        </>
      )}
    </>
  );
}

function ResultGroup({ kind, group, text, loading }: { kind: Kind; group: Group; text: string; loading: boolean }) {
  const t = useT(messages);
  const c = useCommon();
  const lang = useContentLang();
  if (group.totalCount === 0) return null;
  const id = `results-${kind}`;
  const explorer = kind === 'actors' || kind === 'actions' ? `/explorer?${new URLSearchParams({ q: text, show: kind })}` : null;
  return (
    <section className="results" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{c(kind)}</h2>
      <p className="count" role="status">
        {c(COUNT_KEY[kind], { count: group.totalCount })}
      </p>
      <ul className="items" aria-busy={loading}>
        {group.hits.map((hit) => {
          const node = hit.node;
          const name = node.__typename === 'Article' ? node.title : node.name;
          const href =
            node.__typename === 'Actor'
              ? entityPath('actor', node.slug)
              : node.__typename === 'Action'
                ? entityPath('action', node.slug)
                : node.__typename === 'Place'
                  ? entityPath('place', node.slug)
                  : contentPath(node.id);
          const title = hit.highlights.find((h) => h.field === 'name' || h.field === 'title');
          const others = hit.highlights.filter((h) => h !== title);
          const meta = node.__typename === 'Actor' ? c(`actorKind.${node.actorKind}`) : node.__typename === 'Action' ? c(`actionKind.${node.actionKind}`) : null;
          return (
            <li key={node.id} className="item">
              <Link href={href} className="item-name" lang={lang}>
                {title ? <Highlighted highlight={title} /> : name}
              </Link>
              {meta && (
                <span className="item-meta">
                  {meta}
                  {node.__typename === 'Action' && (
                    <>
                      {' · '}
                      <ActionDates action={node} /> <StatusBadge status={node.status} />
                    </>
                  )}
                </span>
              )}
              {others.map((highlight) => (
                <span key={highlight.field} className="item-meta excerpt" lang={lang}>
                  <Highlighted highlight={highlight} />
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      {explorer && group.totalCount > group.hits.length && (
        <p>
          <Link href={explorer}>{t('seeAll', { count: group.totalCount })}</Link>
        </p>
      )}
    </section>
  );
}
