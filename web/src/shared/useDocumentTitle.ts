// Each page names itself in the browser tab and for screen readers announcing the page.
import { useEffect } from 'react';
import { useCommon } from '../i18n/common';

export function useDocumentTitle(title: string | null): void {
  const t = useCommon();
  useEffect(() => {
    document.title = title ? `${title} — ${t('siteName')}` : t('siteName');
  }, [title, t('siteName')]);
}
