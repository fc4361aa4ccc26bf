// "?date=2025-07-15": the day an entity page is read as of (links as they were then), or null for now.
import { useCallback } from 'react';
import { useSearchParams } from 'wouter';
import { isCalendarDate } from '../shared/format';

export function useAsOf(): [string | null, (date: string | null) => void] {
  const [params, setParams] = useSearchParams();
  const value = params.get('date');
  const asOf = isCalendarDate(value) ? value : null;
  const setAsOf = useCallback(
    (date: string | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (date) next.set('date', date);
          else next.delete('date');
          return next;
        },
        // Moving through dates is one view being adjusted, not a trail of pages for Back.
        { replace: true },
      ),
    [setParams],
  );
  return [asOf, setAsOf];
}
