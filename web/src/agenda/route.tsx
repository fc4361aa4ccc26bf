// Lazy route module: the explorer's agenda — the occurrences of the selection by day, week or month,
// or as a list, navigable in time. A weekly series shows once in the list with its rule in words and
// its next date, and opens to list every date; cancelled and moved occurrences are marked ("annulé",
// "déplacé au …"), never dropped. The view and the day live in the address (?vue=&jour=) beside the
// filter; below 600 px the list is the default.
import { useQuery } from '@apollo/client/react';
import { NetworkStatus } from '@apollo/client';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { Temporal } from 'temporal-polyfill';
import { TERRITORY_ZONE, useApiFilters, usePortalFilter } from '../explore/usePortalFilter';
import { graphql } from '../gql';
import type { AgendaOccurrencesQuery } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { defineMessages, useContentLang, useT } from '../i18n/i18n';
import { entityPath } from '../routing/paths';
import { useRecurrenceWords } from '../action/Recurrence';
import { formatDates } from '../shared/format';
import { StatusBadge } from '../shared/StatusBadge';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { useMediaQuery } from '../shared/useMediaQuery';
import './agenda.css';

const messages = defineMessages(
  'agenda',
  {
    title: 'Agenda',
    views: 'Affichage',
    day: 'Jour',
    week: 'Semaine',
    month: 'Mois',
    list: 'Liste',
    previous: 'Précédent',
    next: 'Suivant',
    today: 'Aujourd’hui',
    previousLabel: '{view, select, day {Jour précédent} week {Semaine précédente} month {Mois précédent} other {Période précédente}}',
    nextLabel: '{view, select, day {Jour suivant} week {Semaine suivante} month {Mois suivant} other {Période suivante}}',
    weekOf: 'Semaine du {from} au {to}',
    count: '{count, plural, =0 {Aucune date sur cette période.} one {# date sur cette période} other {# dates sur cette période}}',
    shownOf: '{shown} affichées sur {total}',
    more: 'Voir plus de dates',
    nothing: 'Aucune date sur cette période. Essayez la période suivante ou retirez un filtre.',
    cancelled: 'annulé',
    movedFrom: 'déplacé, initialement le {date}',
    moved: 'déplacé',
    nextDate: 'Prochaine date : {date}',
    showDates: '{count, plural, one {Voir la date} other {Voir les # dates}}',
    hideDates: 'Masquer les dates',
    exceptions: '{count, plural, one {# date annulée ou déplacée} other {# dates annulées ou déplacées}}',
    at: 'à {place}',
    noDate: 'Rien ce jour-là',
    copyText: 'Copier en texte',
    copied: '{count, plural, one {# date copiée} other {# dates copiées}} : collez-les dans un message ou un e-mail.',
    copyFailed: 'La copie a échoué.',
  },
  {
    title: 'Agenda',
    views: 'View',
    day: 'Day',
    week: 'Week',
    month: 'Month',
    list: 'List',
    previous: 'Previous',
    next: 'Next',
    today: 'Today',
    previousLabel: '{view, select, day {Previous day} week {Previous week} month {Previous month} other {Previous period}}',
    nextLabel: '{view, select, day {Next day} week {Next week} month {Next month} other {Next period}}',
    weekOf: 'Week of {from} to {to}',
    count: '{count, plural, =0 {No dates in this period.} one {# date in this period} other {# dates in this period}}',
    shownOf: '{shown} shown of {total}',
    more: 'Show more dates',
    nothing: 'No dates in this period. Try the next period or remove a filter.',
    cancelled: 'cancelled',
    movedFrom: 'moved, originally on {date}',
    moved: 'moved',
    nextDate: 'Next date: {date}',
    showDates: '{count, plural, one {Show the date} other {Show the # dates}}',
    hideDates: 'Hide the dates',
    exceptions: '{count, plural, one {# date cancelled or moved} other {# dates cancelled or moved}}',
    at: 'at {place}',
    noDate: 'Nothing that day',
    copyText: 'Copy as text',
    copied: '{count, plural, one {# date copied} other {# dates copied}}: paste them into a message or an e-mail.',
    copyFailed: 'Copying failed.',
  },
);

const AgendaOccurrences = graphql(`
  query AgendaOccurrences($from: DateTime!, $to: DateTime!, $filter: ActionFilter, $after: String) {
    occurrences(from: $from, to: $to, filter: $filter, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        startsAt
        endsAt
        originalStartsAt
        status
        modified
        action {
          ...ActionSummary
          recurrence {
            rule
          }
          places(first: 1) {
            place {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
`);

type Occurrence = AgendaOccurrencesQuery['occurrences']['nodes'][number];
type View = 'day' | 'week' | 'month' | 'list';
const VIEW_PARAM: Record<View, string> = { day: 'jour', week: 'semaine', month: 'mois', list: 'liste' };

function viewFrom(value: string | null): View | null {
  const found = (Object.keys(VIEW_PARAM) as View[]).find((view) => VIEW_PARAM[view] === value);
  return found ?? null;
}

function dayFrom(value: string | null, today: Temporal.PlainDate): Temporal.PlainDate {
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    try {
      return Temporal.PlainDate.from(value, { overflow: 'reject' });
    } catch {
      // An invalid day in a hand-edited link: today instead.
    }
  }
  return today;
}

/** First and last (exclusive) days the view shows around the anchor day. */
function span(view: View, anchor: Temporal.PlainDate): [Temporal.PlainDate, Temporal.PlainDate] {
  switch (view) {
    case 'day':
      return [anchor, anchor.add({ days: 1 })];
    case 'week': {
      const monday = anchor.subtract({ days: anchor.dayOfWeek - 1 });
      return [monday, monday.add({ days: 7 })];
    }
    case 'month':
    case 'list': {
      const first = anchor.with({ day: 1 });
      return [first, first.add({ months: 1 })];
    }
  }
}

function step(view: View, anchor: Temporal.PlainDate, direction: 1 | -1): Temporal.PlainDate {
  if (view === 'day') return anchor.add({ days: direction });
  if (view === 'week') return anchor.add({ weeks: direction });
  return anchor.with({ day: 1 }).add({ months: direction });
}

const instant = (day: Temporal.PlainDate) => day.toZonedDateTime({ timeZone: TERRITORY_ZONE }).toInstant().toString();
const dayOf = (iso: string) => Temporal.Instant.from(iso).toZonedDateTimeISO(TERRITORY_ZONE).toPlainDate();

export function Component() {
  const t = useT(messages);
  const c = useCommon();
  useDocumentTitle(t('title'));
  const phone = useMediaQuery('(max-width: 37.49rem)');
  const [params, setParams] = useSearchParams();
  const today = Temporal.Now.plainDateISO(TERRITORY_ZONE);
  const view: View = viewFrom(params.get('vue')) ?? (phone ? 'list' : 'month');
  const anchor = dayFrom(params.get('jour'), today);
  const [first, end] = span(view, anchor);

  const { filter } = usePortalFilter();
  const api = useApiFilters(filter);
  // The period filter chooses actions; the agenda's own range is the view's.
  const actionFilter = useMemo(() => ({ ...api.actions, from: undefined, to: undefined }), [api.actions]);
  const query = useQuery(AgendaOccurrences, {
    variables: { from: instant(first), to: instant(end), filter: actionFilter },
    notifyOnNetworkStatusChange: true,
  });
  const page = (query.data ?? query.previousData)?.occurrences;
  const loading = query.networkStatus !== NetworkStatus.ready && query.networkStatus !== NetworkStatus.error;

  // Moving through the agenda adjusts this view (like the date of an entity page): no Back step per
  // click; Back leaves the agenda for the previous selection.
  const go = (next: { view?: View; day?: Temporal.PlainDate }) =>
    setParams(
      (previous) => {
        const out = new URLSearchParams(previous);
        out.set('vue', VIEW_PARAM[next.view ?? view]);
        out.set('jour', (next.day ?? anchor).toString());
        return out;
      },
      { replace: true },
    );

  const title =
    view === 'day'
      ? t.intl.formatDate(instant(anchor), { dateStyle: 'full', timeZone: TERRITORY_ZONE })
      : view === 'week'
        ? t('weekOf', {
            from: t.intl.formatDate(instant(first), { day: 'numeric', month: 'long', timeZone: TERRITORY_ZONE }),
            to: t.intl.formatDate(instant(end.subtract({ days: 1 })), { dateStyle: 'long', timeZone: TERRITORY_ZONE }),
          })
        : t.intl.formatDate(instant(first), { month: 'long', year: 'numeric', timeZone: TERRITORY_ZONE });

  const nodes = page?.nodes ?? [];
  return (
    <section className="agenda" aria-labelledby="agenda-title">
      <h1 className="visually-hidden">{t('title')}</h1>
      <div className="agenda-bar">
        <div role="group" aria-label={t('views')} className="segmented">
          {(['day', 'week', 'month', 'list'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={v === view} onClick={() => go({ view: v })}>
              {t(v)}
            </button>
          ))}
        </div>
        <div className="agenda-nav">
          <button type="button" aria-label={t('previousLabel', { view })} onClick={() => go({ day: step(view, anchor, -1) })}>
            ‹ <span className="visually-hidden">{t('previous')}</span>
          </button>
          <button type="button" onClick={() => go({ day: today })}>
            {t('today')}
          </button>
          <button type="button" aria-label={t('nextLabel', { view })} onClick={() => go({ day: step(view, anchor, 1) })}>
            › <span className="visually-hidden">{t('next')}</span>
          </button>
        </div>
      </div>
      <h2 id="agenda-title" className="agenda-title">
        {title}
      </h2>
      <p className="count" role="status" aria-live="polite">
        {loading && !page ? c('loading') : query.error ? c('loadFailed') : page ? t('count', { count: page.totalCount }) : ''}
        {page && nodes.length < page.totalCount ? ` · ${t('shownOf', { shown: nodes.length, total: page.totalCount })}` : ''}
      </p>
      {query.error && (
        <button type="button" className="more" onClick={() => void query.refetch().catch(() => {})}>
          {c('retry')}
        </button>
      )}
      <div aria-busy={loading}>
        {view === 'list' ? (
          <SeriesList occurrences={nodes} />
        ) : view === 'month' ? (
          <MonthGrid first={first} occurrences={nodes} today={today} />
        ) : (
          <DayColumns first={first} days={view === 'day' ? 1 : 7} occurrences={nodes} />
        )}
      </div>
      {page?.pageInfo.hasNextPage && (
        <button type="button" className="more" onClick={() => void query.fetchMore({ variables: { after: page.pageInfo.endCursor } }).catch(() => {})}>
          {t('more')}
        </button>
      )}
      {page && page.totalCount === 0 && <p className="hint">{t('nothing')}</p>}
      {nodes.length > 0 && <CopyAsText occurrences={nodes} />}
    </section>
  );
}

function useOccurrenceText() {
  const t = useT(messages);
  const time = (iso: string, timeZone: string) => t.intl.formatDate(iso, { timeStyle: 'short', timeZone });
  const dateTime = (iso: string, timeZone: string) => t.intl.formatDate(iso, { dateStyle: 'full', timeStyle: 'short', timeZone });
  return { t, time, dateTime };
}

/** One occurrence: time, name, place, and what happened to it. */
function OccurrenceLine({ occurrence, withDate, compact }: { occurrence: Occurrence; withDate?: boolean; compact?: boolean }) {
  const { t, time, dateTime } = useOccurrenceText();
  const lang = useContentLang();
  const zone = occurrence.action.timeZone || TERRITORY_ZONE;
  const moved = occurrence.modified && occurrence.startsAt !== occurrence.originalStartsAt;
  const cancelled = occurrence.status === 'CANCELLED';
  const place = occurrence.action.places[0]?.place;
  return (
    <li className={`occurrence${cancelled ? ' is-cancelled' : ''}`}>
      <time dateTime={occurrence.startsAt} className="occurrence-time">
        {withDate
          ? formatDates({ startsAt: occurrence.startsAt, endsAt: occurrence.endsAt, allDay: occurrence.action.allDay, timeZone: zone }, t.locale)
          : occurrence.action.allDay
            ? ''
            : time(occurrence.startsAt, zone)}
      </time>{' '}
      <Link href={entityPath('action', occurrence.action.slug)} className="item-name" lang={lang}>
        {occurrence.action.name}
      </Link>
      {place && <span className="item-meta"> {t('at', { place: place.name })}</span>}
      {cancelled && <strong className="badge badge-cancelled">{t('cancelled')}</strong>}
      {moved && <span className="note-moved">{compact ? t('moved') : t('movedFrom', { date: dateTime(occurrence.originalStartsAt, zone) })}</span>}
      {!cancelled && <StatusBadge status={occurrence.status} />}
    </li>
  );
}

interface Group {
  key: string;
  first: Occurrence;
  occurrences: Occurrence[];
}

/** The list: one entry per series (its rule, next date, changed dates, a toggle), other dates as they come. */
function SeriesList({ occurrences }: { occurrences: Occurrence[] }) {
  const groups: Group[] = [];
  const bySeries = new Map<string, Group>();
  for (const occurrence of occurrences) {
    if (occurrence.action.recurrence) {
      const known = bySeries.get(occurrence.action.id);
      if (known) {
        known.occurrences.push(occurrence);
        continue;
      }
      const group = { key: occurrence.action.id, first: occurrence, occurrences: [occurrence] };
      bySeries.set(occurrence.action.id, group);
      groups.push(group);
    } else {
      groups.push({ key: `${occurrence.action.id}@${occurrence.originalStartsAt}`, first: occurrence, occurrences: [occurrence] });
    }
  }
  return (
    <ul className="items agenda-list">
      {groups.map((group) =>
        group.first.action.recurrence ? <SeriesItem key={group.key} group={group} /> : <OccurrenceLine key={group.key} occurrence={group.first} withDate />,
      )}
    </ul>
  );
}

function SeriesItem({ group }: { group: Group }) {
  const { t, dateTime } = useOccurrenceText();
  const words = useRecurrenceWords();
  const [open, setOpen] = useState(false);
  const lang = useContentLang();
  const action = group.first.action;
  const zone = action.timeZone || TERRITORY_ZONE;
  const upcoming = group.occurrences.find((o) => o.status !== 'CANCELLED') ?? group.first;
  const changed = group.occurrences.filter((o) => o.status === 'CANCELLED' || (o.modified && o.startsAt !== o.originalStartsAt));
  const place = action.places[0]?.place;
  const listId = `series-${action.id}`;
  return (
    <li className="item series">
      <Link href={entityPath('action', action.slug)} className="item-name" lang={lang}>
        {action.name}
      </Link>
      <span className="item-meta">
        {words(action.recurrence!.rule, zone)}
        {place && ` · ${t('at', { place: place.name })}`}
      </span>
      <span className="item-meta">{t('nextDate', { date: dateTime(upcoming.startsAt, zone) })}</span>
      {changed.length > 0 && (
        <ul className="series-changes">
          {changed.map((o) => (
            <OccurrenceLine key={o.originalStartsAt} occurrence={o} withDate />
          ))}
        </ul>
      )}
      <button type="button" className="link-button" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
        {open ? t('hideDates') : t('showDates', { count: group.occurrences.length })}
      </button>
      {open && (
        <ul id={listId} className="series-dates">
          {group.occurrences.map((o) => (
            <OccurrenceLine key={o.originalStartsAt} occurrence={o} withDate />
          ))}
        </ul>
      )}
    </li>
  );
}

function byDay(occurrences: Occurrence[]): Map<string, Occurrence[]> {
  const map = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    const key = dayOf(occurrence.startsAt).toString();
    map.set(key, [...(map.get(key) ?? []), occurrence]);
  }
  return map;
}

/** Day and week views: one titled list per day. */
function DayColumns({ first, days, occurrences }: { first: Temporal.PlainDate; days: number; occurrences: Occurrence[] }) {
  const t = useT(messages);
  const grouped = byDay(occurrences);
  return (
    <div className={days === 1 ? 'agenda-days one' : 'agenda-days'}>
      {Array.from({ length: days }, (_, i) => first.add({ days: i })).map((day) => {
        const list = grouped.get(day.toString()) ?? [];
        const id = `day-${day}`;
        return (
          <section key={id} className="agenda-day" aria-labelledby={id}>
            <h3 id={id}>{t.intl.formatDate(instant(day), { weekday: 'long', day: 'numeric', month: 'long', timeZone: TERRITORY_ZONE })}</h3>
            {list.length ? (
              <ul className="items">
                {list.map((o) => (
                  <OccurrenceLine key={`${o.action.id}@${o.originalStartsAt}`} occurrence={o} />
                ))}
              </ul>
            ) : (
              <p className="muted">{t('noDate')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

/** Month view: a calendar table (weeks as rows), each day listing its occurrences. */
function MonthGrid({ first, occurrences, today }: { first: Temporal.PlainDate; occurrences: Occurrence[]; today: Temporal.PlainDate }) {
  const t = useT(messages);
  const grouped = byDay(occurrences);
  const start = first.subtract({ days: first.dayOfWeek - 1 });
  const weeks = Math.ceil((first.dayOfWeek - 1 + first.daysInMonth) / 7);
  const weekdays = Array.from({ length: 7 }, (_, i) => start.add({ days: i }));
  return (
    <table className="month-grid">
      <thead>
        <tr>
          {weekdays.map((day) => (
            <th key={day.toString()} scope="col">
              <abbr title={t.intl.formatDate(instant(day), { weekday: 'long', timeZone: TERRITORY_ZONE })}>
                {t.intl.formatDate(instant(day), { weekday: 'short', timeZone: TERRITORY_ZONE })}
              </abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: weeks }, (_, w) => (
          <tr key={w}>
            {Array.from({ length: 7 }, (_, d) => {
              const day = start.add({ days: w * 7 + d });
              const inMonth = day.month === first.month;
              const list = inMonth ? (grouped.get(day.toString()) ?? []) : [];
              return (
                <td key={d} className={`${inMonth ? '' : 'outside'}${day.equals(today) ? ' is-today' : ''}`}>
                  {inMonth && (
                    <>
                      <span className="month-day">{day.day}</span>
                      {list.length > 0 && (
                        <ul>
                          {list.map((o) => (
                            <OccurrenceLine key={`${o.action.id}@${o.originalStartsAt}`} occurrence={o} compact />
                          ))}
                        </ul>
                      )}
                    </>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Copier en texte": one line per date (date, title, place, link), for a message or an e-mail. */
function CopyAsText({ occurrences }: { occurrences: Occurrence[] }) {
  const t = useT(messages);
  const [status, setStatus] = useState('');
  const copy = async () => {
    const lines = occurrences.map((o) => {
      const zone = o.action.timeZone || TERRITORY_ZONE;
      const when = formatDates({ startsAt: o.startsAt, endsAt: o.endsAt, allDay: o.action.allDay, timeZone: zone }, t.locale);
      const place = o.action.places[0]?.place.name;
      const state = o.status === 'CANCELLED' ? ` (${t('cancelled')})` : '';
      return [when, `${o.action.name}${state}`, place, new URL(entityPath('action', o.action.slug), window.location.origin).toString()].filter(Boolean).join(' — ');
    });
    try {
      await navigator.clipboard.writeText(lines.join('\n'));
      setStatus(t('copied', { count: lines.length }));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  return (
    <p className="copy-text">
      <button type="button" className="more" onClick={() => void copy()}>
        {t('copyText')}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
