// A polite notice while the server loads its data on a first start, gone once it is ready; the page's
// queries then run again so what was half-empty fills in. The live region is always in the page, so a
// screen reader announces the text when it appears.
import { useApolloClient } from '@apollo/client/react';
import { useCommon } from '../i18n/common';
import { useReadiness } from './useReadiness';

export function ReadinessBanner() {
  const t = useCommon();
  const client = useApolloClient();
  const starting = useReadiness(() => void client.refetchQueries({ include: 'active' }));
  return (
    <div role="status" className="readiness-banner">
      {starting ? t('loadingDemo') : null}
    </div>
  );
}
