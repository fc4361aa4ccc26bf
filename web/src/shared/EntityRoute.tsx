// What every entity page does around its own content: the loading and failed states, the 404, the
// title of the tab, and the "retry" line when a refresh failed while an older view stays shown.
import type { ReactNode } from 'react';
import { useCommon } from '../i18n/common';
import { LoadState } from './LoadState';
import { NotFound } from './NotFound';
import { useDocumentTitle } from './useDocumentTitle';

interface Props<T> {
  /** The entity once loaded (null when the API has none by that slug or id), undefined while loading. */
  entity: T | null | undefined;
  title: string | null;
  error: unknown;
  refetch(): Promise<unknown>;
  children(entity: T): ReactNode;
}

export function EntityRoute<T>({ entity, title, error, refetch, children }: Props<T>) {
  useDocumentTitle(title);
  if (entity === undefined) return <LoadState failed={!!error} onRetry={() => void refetch().catch(() => {})} />;
  if (entity === null) return <NotFound />;
  return <>{children(entity)}</>;
}

export function RefreshError({ error, refetch }: { error: unknown; refetch(): Promise<unknown> }) {
  const t = useCommon();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {t('loadFailed')}{' '}
      <button type="button" className="link-button" onClick={() => void refetch().catch(() => {})}>
        {t('retry')}
      </button>
    </p>
  );
}
