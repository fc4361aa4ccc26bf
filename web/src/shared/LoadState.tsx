// Shown in place of a page while it loads, or when it could not be loaded, with a way to try again.
import { useCommon } from '../i18n/common';

export function LoadState({ failed, onRetry }: { failed: boolean; onRetry(): void }) {
  const t = useCommon();
  return (
    <div className="load-state">
      <p className="status" role="status">
        {failed ? t('loadFailed') : t('loading')}
      </p>
      {failed && (
        <button type="button" className="more" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
