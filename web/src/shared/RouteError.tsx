// What a page shows when it throws or its chunk cannot be loaded (a new version deployed, offline):
// a plain explanation and a way out, inside the frame.
import { Link } from 'wouter';
import { useCommon } from '../i18n/common';
import { useDocumentTitle } from './useDocumentTitle';

export function RouteError() {
  const t = useCommon();
  useDocumentTitle(t('errorTitle'));
  return (
    <div className="not-found" role="alert">
      <h1>{t('errorTitle')}</h1>
      <p>{t('errorText')}</p>
      <p>
        <button type="button" className="more" onClick={() => window.location.reload()}>
          {t('retry')}
        </button>{' '}
        <Link href="/">{t('backHome')}</Link>
      </p>
    </div>
  );
}
