// The page for an address that leads nowhere: an unknown slug or route.
import { useCommon } from '../i18n/common';
import { Link } from 'wouter';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFound() {
  const t = useCommon();
  useDocumentTitle(t('notFoundTitle'));
  return (
    <div className="not-found">
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <Link href="/">{t('backHome')}</Link>
      </p>
    </div>
  );
}
