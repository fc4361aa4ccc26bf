// A series in words — "tous les mercredis jusqu'au 24 juin 2026" — and its next date, from the API's
// recurrence (the stored RRULE) and occurrences. Weekday and month names come from Intl in the
// visitor's language; an unusual rule the words do not cover reads "se répète" rather than a guess.
import { defineMessages, useT } from '../i18n/i18n';
import { StatusBadge } from '../shared/StatusBadge';
import type { ActionStatus } from '../gql/graphql';

const messages = defineMessages(
  'recurrence',
  {
    daily: '{interval, plural, one {tous les jours} other {tous les # jours}}',
    weekly: '{interval, plural, one {toutes les semaines} =2 {une semaine sur deux} other {toutes les # semaines}}',
    weeklyOn: '{interval, plural, one {tous les {days}} =2 {un {day} sur deux} other {toutes les # semaines, le {day}}}',
    weekday: '{day}s',
    monthly: '{interval, plural, one {tous les mois} other {tous les # mois}}',
    monthlyOnDay: '{interval, plural, one {le {n} de chaque mois} other {le {n}, tous les # mois}}',
    monthlyOnWeekday: '{ordinal, select, first {le premier} second {le deuxième} third {le troisième} fourth {le quatrième} last {le dernier} other {le}} {day} du mois',
    yearly: '{interval, plural, one {tous les ans} other {tous les # ans}}',
    other: 'se répète',
    until: '{rule} jusqu’au {date}',
    count: '{rule}, {count, plural, one {# fois} other {# fois}}',
    next: 'Prochaine date : {date}',
    moved: 'déplacée',
    noNext: 'Plus de date à venir.',
  },
  {
    daily: '{interval, plural, one {every day} other {every # days}}',
    weekly: '{interval, plural, one {every week} =2 {every other week} other {every # weeks}}',
    weeklyOn: '{interval, plural, one {every {days}} =2 {every other {day}} other {every # weeks on {day}}}',
    weekday: '{day}',
    monthly: '{interval, plural, one {every month} other {every # months}}',
    monthlyOnDay: '{interval, plural, one {on day {n} of every month} other {on day {n}, every # months}}',
    monthlyOnWeekday: '{ordinal, select, first {on the first} second {on the second} third {on the third} fourth {on the fourth} last {on the last} other {on}} {day} of the month',
    yearly: '{interval, plural, one {every year} other {every # years}}',
    other: 'repeats',
    until: '{rule} until {date}',
    count: '{rule}, {count, plural, one {# time} other {# times}}',
    next: 'Next date: {date}',
    moved: 'moved',
    noNext: 'No date to come.',
  },
);

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' };

/** Parses "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260630T215959Z" into its parts. */
function parseRule(rule: string): Map<string, string> {
  const body = rule.replace(/^RRULE:/i, '');
  return new Map(body.split(';').map((part) => part.split('=') as [string, string]));
}

/** "20260630T215959Z" or "20260630" as an ISO instant. */
function untilInstant(until: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(until);
  if (!m) return null;
  return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}${m[7] ? 'Z' : ''}` : `${m[1]}-${m[2]}-${m[3]}T12:00:00Z`;
}

export function useRecurrenceWords() {
  const t = useT(messages);
  return (rule: string, timeZone: string): string => {
    const parts = parseRule(rule);
    const interval = Number(parts.get('INTERVAL') ?? '1') || 1;
    // A Monday in January 2024 is the 1st: weekday n is the (n+1)th.
    const weekdayName = (code: string) =>
      new Intl.DateTimeFormat(t.locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(code)));
    let words: string;
    const byDay = parts.get('BYDAY')?.split(',') ?? [];
    switch (parts.get('FREQ')) {
      case 'DAILY':
        words = t('daily', { interval });
        break;
      case 'WEEKLY': {
        const days = byDay.filter((d) => WEEKDAYS.includes(d));
        words = days.length
          ? t('weeklyOn', {
              interval,
              day: t.intl.formatList(days.map(weekdayName)),
              days: t.intl.formatList(days.map((d) => t('weekday', { day: weekdayName(d) }))),
            })
          : t('weekly', { interval });
        break;
      }
      case 'MONTHLY': {
        const onDay = parts.get('BYMONTHDAY');
        const weekday = /^(-?\d)([A-Z]{2})$/.exec(byDay[0] ?? '');
        if (weekday && byDay.length === 1) words = t('monthlyOnWeekday', { ordinal: ORDINALS[weekday[1]!] ?? 'other', day: weekdayName(weekday[2]!) });
        else if (onDay && /^\d+$/.test(onDay)) words = t('monthlyOnDay', { interval, n: Number(onDay) });
        else words = t('monthly', { interval });
        break;
      }
      case 'YEARLY':
        words = t('yearly', { interval });
        break;
      default:
        return t('other');
    }
    const until = parts.get('UNTIL') && untilInstant(parts.get('UNTIL')!);
    if (until) return t('until', { rule: words, date: t.intl.formatDate(until, { dateStyle: 'long', timeZone }) });
    const count = Number(parts.get('COUNT'));
    if (count) return t('count', { rule: words, count });
    return words;
  };
}

export interface NextOccurrence {
  startsAt: string;
  status: ActionStatus;
  modified: boolean;
}

/** The series' rule in words, then its next date (marked when that date is cancelled or moved). */
export function RecurrenceSummary({ rule, timeZone, allDay, next }: { rule: string; timeZone: string; allDay: boolean; next: NextOccurrence | null }) {
  const t = useT(messages);
  const words = useRecurrenceWords()(rule, timeZone);
  return (
    <p className="recurrence">
      <span className="recurrence-rule">{words.charAt(0).toLocaleUpperCase(t.locale) + words.slice(1)}.</span>{' '}
      {next ? (
        <span>
          {t.rich('next', {
            date: (
              <time dateTime={next.startsAt}>
                {t.intl.formatDate(next.startsAt, { dateStyle: 'full', ...(allDay ? {} : { timeStyle: 'short' }), timeZone })}
              </time>
            ),
          })}{' '}
          <StatusBadge status={next.status} />
          {next.modified && next.status === 'SCHEDULED' && <span className="badge badge-postponed">{t('moved')}</span>}
        </span>
      ) : (
        <span className="muted">{t('noNext')}</span>
      )}
    </p>
  );
}
