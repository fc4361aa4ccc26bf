// A titled list of results with its total, announced politely, and a button for the next page.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n';

interface Props {
  id: string;
  title: string;
  /** "31 acteurs", once known. */
  total: string | null;
  shown: number;
  totalCount: number;
  loading: boolean;
  failed: boolean;
  hasMore: boolean;
  moreLabel: string;
  onMore(): void;
  children: ReactNode;
}

export function ResultList({ id, title, total, shown, totalCount, loading, failed, hasMore, moreLabel, onMore, children }: Props) {
  const { t } = useI18n();
  let status: string;
  if (failed) status = t.loadFailed;
  else if (loading || total === null) status = t.loading;
  else if (totalCount === 0) status = `${total}. ${t.noResult}`;
  else if (shown < totalCount) status = `${total} · ${t.shown(shown)}`;
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
      {hasMore && (
        <button type="button" className="more" aria-label={moreLabel} onClick={() => !loading && onMore()}>
          {t.more}
        </button>
      )}
    </section>
  );
}
