// Each page names itself in the browser tab and for screen readers announcing the page.
import { useEffect } from 'react';
import { useI18n } from '../i18n';

export function useDocumentTitle(title: string | null): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} — ${t.siteName}` : t.siteName;
  }, [title, t.siteName]);
}
