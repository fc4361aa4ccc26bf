// A titled list of results with its total, announced politely, and a button for the next page.
import type { ReactNode } from 'react';
import { useCommon } from '../i18n/common';

interface Props {
  id: string;
  title: string;
  /** "31 acteurs", once known. */
  total: string | null;
  shown: number;
  totalCount: number;
  loading: boolean;
  /** The list could not be loaded: offer to try again. */
  failed: boolean;
  /** The next page could not be loaded: "Voir plus" stays to try again. */
  moreFailed: boolean;
  hasMore: boolean;
  moreLabel: string;
  onMore(): void;
  onRetry(): void;
  children: ReactNode;
}

export function ResultList(props: Props) {
  const { id, title, total, shown, totalCount, loading, failed, moreFailed, hasMore, moreLabel, onMore, onRetry, children } = props;
  const t = useCommon();
  let status: string;
  if (loading) status = t('loading');
  else if (failed || total === null) status = t('loadFailed');
  else if (totalCount === 0) status = `${total}. ${t('noResult')}`;
  else if (shown < totalCount) status = `${total} · ${t('shown', { count: shown })}${moreFailed ? `. ${t('loadFailed')}` : ''}`;
  else status = total;
  return (
    <section className="results" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="count" aria-live="polite" role="status">
        {status}
      </p>
      <ul className="items" aria-busy={loading}>
        {children}
      </ul>
      {failed && !loading && (
        <button type="button" className="more" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
      {hasMore && !failed && (
        <button type="button" className="more" aria-label={moreLabel} onClick={() => !loading && onMore()}>
          {t('more')}
        </button>
      )}
    </section>
  );
}
