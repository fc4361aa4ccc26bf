// The "Acteurs" column of the home page: matching actors, 20 at a time, with their total.
import { useQuery } from '@apollo/client/react';
import { ActorItem } from '../actor/ActorItem';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { ResultList } from './ResultList';
import { usePagedList } from './usePagedList';

const PortalActors = graphql(`
  query PortalActors($text: String, $after: String) {
    actors(filter: { text: $text }, first: 20, after: $after) {
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

export function ActorList({ text }: { text: string | null }) {
  const { t } = useI18n();
  const query = useQuery(PortalActors, { variables: { text }, notifyOnNetworkStatusChange: true });
  // While a new search runs, the previous results stay in place rather than flashing away.
  const page = (query.data ?? query.previousData)?.actors;
  const list = usePagedList({ ...query, page });
  return (
    <ResultList id="actors" title={t.actors} total={page ? t.actorCount(page.totalCount) : null} moreLabel={t.moreActors} {...list}>
      {list.nodes.map((actor) => (
        <ActorItem key={actor.id} actor={actor} />
      ))}
    </ResultList>
  );
}
