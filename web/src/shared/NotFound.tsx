// The page for an address that leads nowhere: an unknown slug or route.
import { useI18n } from '../i18n';
import { Link } from '../routing/Link';
import { useDocumentTitle } from './useDocumentTitle';

export function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t.notFoundTitle);
  return (
    <div className="not-found">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link href="/">{t.backHome}</Link>
      </p>
    </div>
  );
}
