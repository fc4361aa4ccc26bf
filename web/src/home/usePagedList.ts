// What both home lists do with their query: keep the last results while a new search loads, load
// the next page from the cursor, and report failures of either without losing what is shown.
import { NetworkStatus } from '@apollo/client';
import { useState } from 'react';

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: T[];
}

interface QueryState<T> {
  page: Page<T> | undefined;
  error?: unknown;
  networkStatus: NetworkStatus;
  fetchMore(options: { variables: { after: string | null | undefined } }): Promise<unknown>;
  refetch(): Promise<unknown>;
}

export function usePagedList<T>({ page, error, networkStatus, fetchMore, refetch }: QueryState<T>) {
  const [moreFailed, setMoreFailed] = useState(false);
  return {
    nodes: page?.nodes ?? [],
    totalCount: page?.totalCount ?? 0,
    shown: page?.nodes.length ?? 0,
    loading: networkStatus !== NetworkStatus.ready && networkStatus !== NetworkStatus.error,
    failed: !!error,
    moreFailed,
    hasMore: !!page?.pageInfo.hasNextPage,
    onMore: () => {
      setMoreFailed(false);
      fetchMore({ variables: { after: page?.pageInfo.endCursor } }).catch(() => setMoreFailed(true));
    },
    onRetry: () => {
      refetch().catch(() => {
        // The query's own error state already says it failed.
      });
    },
  };
}
