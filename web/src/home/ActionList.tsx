// The "Actions" column of the home page: matching actions, soonest first (or most relevant when
// searching), 20 at a time, with their total.
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { ActionItem } from '../action/ActionItem';
import { useI18n } from '../i18n';
import { ResultList } from './ResultList';

const PortalActions = graphql(`
  query PortalActions($text: String, $after: String) {
    actions(filter: { text: $text }, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ActionSummary
      }
    }
  }
`);

export function ActionList({ text }: { text: string | null }) {
  const { t } = useI18n();
  const { data, previousData, error, networkStatus, fetchMore } = useQuery(PortalActions, {
    variables: { text },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.actions ?? previousData?.actions;
  return (
    <ResultList
      id="actions"
      title={t.actions}
      total={page ? t.actionCount(page.totalCount) : null}
      shown={page?.nodes.length ?? 0}
      totalCount={page?.totalCount ?? 0}
      loading={networkStatus !== NetworkStatus.ready && networkStatus !== NetworkStatus.error}
      failed={!!error}
      hasMore={!!page?.pageInfo.hasNextPage}
      moreLabel={t.moreActions}
      onMore={() => fetchMore({ variables: { after: page?.pageInfo.endCursor } })}
    >
      {page?.nodes.map((action) => <ActionItem key={action.id} action={action} />)}
    </ResultList>
  );
}
