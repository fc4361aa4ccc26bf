// A list of actors (the home page's column, the explorer's results): matching actors, 20 at a time, with their total.
import { useQuery } from '@apollo/client/react';
import { ActorItem } from '../actor/ActorItem';
import { graphql } from '../gql';
import type { ActorFilter } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { ResultList } from './ResultList';
import { usePagedList } from './usePagedList';

const PortalActors = graphql(`
  query PortalActors($filter: ActorFilter, $after: String) {
    actors(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ActorSummary
      }
    }
  }
`);

export function ActorList({ filter }: { filter: ActorFilter | null }) {
  const t = useCommon();
  const query = useQuery(PortalActors, { variables: { filter }, notifyOnNetworkStatusChange: true });
  // While a new search runs, the previous results stay in place rather than flashing away.
  const page = (query.data ?? query.previousData)?.actors;
  const list = usePagedList({ ...query, page });
  return (
    <ResultList id="actors" title={t('actors')} total={page ? t('actorCount', { count: page.totalCount }) : null} moreLabel={t('moreActors')} {...list}>
      {list.nodes.map((actor) => (
        <ActorItem key={actor.id} actor={actor} />
      ))}
    </ResultList>
  );
}
