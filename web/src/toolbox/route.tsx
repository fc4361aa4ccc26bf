// Lazy route module: the toolbox view (being built).
import { useCommon } from '../i18n/common';

export function Component() {
  const t = useCommon();
  return <p>{t('loading')}</p>;
}
