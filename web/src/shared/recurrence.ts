// A series' rule in words ("tous les mardis jusqu'au 30 juin 2027", "every first Saturday of the
// month"). Written here because no maintained library words RFC 5545 rules in French: rrule.js's
// toText() is English only and covers fewer forms. Only the forms the toolbox builds are worded
// (DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, BYDAY with ordinals, UNTIL, COUNT); any other rule reads
// as "série régulière" rather than a wrong sentence. Day and month names come from Intl.
import { defineMessages, type Translator } from '../i18n/i18n';

export const recurrenceMessages = defineMessages(
  'recurrence',
  {
    weekly: '{interval, plural, one {tous les {days}} =2 {un {days} sur deux} other {toutes les # semaines le {days}}}',
    daily: '{interval, plural, one {tous les jours} other {tous les # jours}}',
    monthlyDay: '{interval, plural, one {tous les mois le {day}} other {tous les # mois le {day}}}',
    monthlyNth: '{interval, plural, one {le {nth} {weekday} du mois} other {le {nth} {weekday} tous les # mois}}',
    yearly: 'tous les ans',
    nth: '{n, select, 1 {premier} 2 {deuxième} 3 {troisième} 4 {quatrième} last {dernier} other {{n}e}}',
    until: '{rule} jusqu’au {date}',
    count: '{rule}, {count, plural, one {# fois} other {# fois}}',
    irregular: 'série régulière',
  },
  {
    weekly: '{interval, plural, one {every {days}} =2 {every other {days}} other {every # weeks on {days}}}',
    daily: '{interval, plural, one {every day} other {every # days}}',
    monthlyDay: '{interval, plural, one {every month on the {day}} other {every # months on the {day}}}',
    monthlyNth: '{interval, plural, one {every {nth} {weekday} of the month} other {the {nth} {weekday} every # months}}',
    yearly: 'every year',
    nth: '{n, select, 1 {first} 2 {second} 3 {third} 4 {fourth} last {last} other {{n}th}}',
    until: '{rule} until {date}',
    count: '{rule}, {count, plural, one {once} other {# times}}',
    irregular: 'regular series',
  },
);

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Weekday name from its RRULE code, from a Monday of reference (2024-01-01 was a Monday). */
function weekdayName(code: string, locale: string, plural: boolean): string {
  const index = DAYS.indexOf(code);
  const name = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
  // French plural of a weekday ("tous les mardis"); English reads "every Tuesday".
  return plural && locale.startsWith('fr') ? `${name}s` : name;
}

function parseRule(rule: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const part of rule.replace(/^RRULE:/, '').split(';')) {
    const [key, value] = part.split('=');
    if (key && value) parts.set(key.toUpperCase(), value);
  }
  return parts;
}

/** "20270630T235959Z" or "20270630" → a Date. */
function ruleDate(value: string): Date | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value);
  if (!m) return null;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 12), +(m[5] ?? 0), +(m[6] ?? 0)));
}

/** The rule in words in the interface's language; `timeZone` is the action's, for the UNTIL date. */
export function recurrenceText(rule: string, t: Translator<keyof (typeof recurrenceMessages)['fr']>, timeZone: string): string {
  const parts = parseRule(rule);
  const interval = Number(parts.get('INTERVAL') ?? '1') || 1;
  const byDay = (parts.get('BYDAY') ?? '').split(',').filter(Boolean);
  const list = (items: string[]) => new Intl.ListFormat(t.locale, { type: 'conjunction' }).format(items);
  let text: string;
  switch (parts.get('FREQ')) {
    case 'DAILY':
      text = t('daily', { interval });
      break;
    case 'WEEKLY': {
      const days = byDay.map((day) => day.slice(-2)).filter((day) => DAYS.includes(day));
      if (!days.length) return t('irregular');
      text = t('weekly', { interval, days: list(days.map((day) => weekdayName(day, t.locale, interval === 1))) });
      break;
    }
    case 'MONTHLY': {
      const nth = /^([+-]?\d)?([A-Z]{2})$/.exec(byDay[0] ?? '');
      const setPos = parts.get('BYSETPOS');
      const monthDay = parts.get('BYMONTHDAY');
      if (nth && (nth[1] || setPos) && DAYS.includes(nth[2]!)) {
        const n = Number(nth[1] ?? setPos);
        text = t('monthlyNth', { interval, nth: t('nth', { n: n === -1 ? 'last' : String(n) }), weekday: weekdayName(nth[2]!, t.locale, false) });
      } else if (monthDay && /^\d+$/.test(monthDay)) {
        text = t('monthlyDay', { interval, day: monthDay });
      } else {
        return t('irregular');
      }
      break;
    }
    case 'YEARLY':
      text = t('yearly');
      break;
    default:
      return t('irregular');
  }
  const until = parts.get('UNTIL');
  const count = parts.get('COUNT');
  if (until) {
    const date = ruleDate(until);
    if (date) text = t('until', { rule: text, date: t.intl.formatDate(date, { dateStyle: 'long', timeZone }) });
  } else if (count && /^\d+$/.test(count)) {
    text = t('count', { rule: text, count: Number(count) });
  }
  return text;
}
