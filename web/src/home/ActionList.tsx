// A list of actions (the home page's column, the explorer's results): matching actions, what is on first (running or coming,
// soonest first, then past ones, most recent first) or most relevant when searching, 20 at a time,
// with their total.
import { useQuery } from '@apollo/client/react';
import { ActionItem } from '../action/ActionItem';
import { graphql } from '../gql';
import type { ActionFilter } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { ResultList } from './ResultList';
import { usePagedList } from './usePagedList';

const PortalActions = graphql(`
  query PortalActions($filter: ActionFilter, $sort: ActionSort, $after: String) {
    actions(filter: $filter, sort: $sort, first: 20, after: $after) {
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

export function ActionList({ filter }: { filter: ActionFilter | null }) {
  const t = useCommon();
  // A search is ordered by relevance (the API's default with a text); otherwise what is on first.
  const query = useQuery(PortalActions, { variables: { filter, sort: filter?.text ? null : 'UPCOMING' }, notifyOnNetworkStatusChange: true });
  // While a new search runs, the previous results stay in place rather than flashing away.
  const page = (query.data ?? query.previousData)?.actions;
  const list = usePagedList({ ...query, page });
  return (
    <ResultList id="actions" title={t('actions')} total={page ? t('actionCount', { count: page.totalCount }) : null} moreLabel={t('moreActions')} {...list}>
      {list.nodes.map((action) => (
        <ActionItem key={action.id} action={action} />
      ))}
    </ResultList>
  );
}
