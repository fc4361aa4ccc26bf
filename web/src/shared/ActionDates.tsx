// An action's dates in a <time> element, readable and machine-readable.
import { useCommon } from '../i18n/common';
import { formatDates, type Dated } from './format';

export function ActionDates({ action }: { action: Dated }) {
  const t = useCommon();
  const text = formatDates(action, t.locale);
  if (!text || !action.startsAt) return <span className="muted">{t('undated')}</span>;
  return <time dateTime={action.startsAt}>{text}</time>;
}
