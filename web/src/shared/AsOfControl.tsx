// "À la date du": reads the page as the graph was on a given day. The date lives in the address
// (?date=2025-07-15), so the view can be shared and links from it keep the same date.
import { useCommon } from '../i18n/common';
import { useAsOf } from '../routing/useAsOf';
import { formatCalendarDate, isCalendarDate } from './format';

export function AsOfControl({ loading }: { loading: boolean }) {
  const t = useCommon();
  const [asOf, setAsOf] = useAsOf();
  return (
    <div className="as-of">
      <label htmlFor="as-of">{t('asOf')}</label>
      <input
        id="as-of"
        type="date"
        value={asOf ?? ''}
        aria-describedby="as-of-hint as-of-status"
        onChange={(event) => {
          const value = event.target.value;
          // A half-typed date reads as empty: keep the current view until the date is whole.
          if (value === '' || isCalendarDate(value)) setAsOf(value || null);
        }}
      />
      {asOf && (
        <button type="button" className="link-button" onClick={() => setAsOf(null)}>
          {t('today')}
        </button>
      )}
      <p id="as-of-hint" className="hint">
        {t('asOfHint')}
      </p>
      <p id="as-of-status" className="hint" role="status">
        {loading ? t('loading') : asOf ? t('asOfShown', { date: formatCalendarDate(asOf, t.locale) }) : ''}
      </p>
    </div>
  );
}
