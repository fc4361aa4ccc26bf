// The "Acteurs" column of the home page: matching actors, 20 at a time, with their total.
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ActorItem } from '../actor/ActorItem';
import { useI18n } from '../i18n';
import { ResultList } from './ResultList';

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
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(PortalActors, {
    variables: { text },
    notifyOnNetworkStatusChange: true,
  });
  // While a new search runs, the previous results stay in place rather than flashing away.
  const page = data?.actors ?? previousData?.actors;
  return (
    <ResultList
      id="actors"
      title={t.actors}
      total={page ? t.actorCount(page.totalCount) : null}
      shown={page?.nodes.length ?? 0}
      totalCount={page?.totalCount ?? 0}
      loading={networkStatus !== NetworkStatus.ready && networkStatus !== NetworkStatus.error}
      failed={!!error}
      hasMore={!!page?.pageInfo.hasNextPage}
      moreLabel={t.moreActors}
      onMore={() => fetchMore({ variables: { after: page?.pageInfo.endCursor } })}
    >
      {page?.nodes.map((actor) => <ActorItem key={actor.id} actor={actor} />)}
    </ResultList>
  );
}
