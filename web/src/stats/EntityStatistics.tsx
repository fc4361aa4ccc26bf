// "En chiffres": how many actions take place month by month in a scope (a space's subtree, a theme, a
// territory), over the six months before and after this one, as a small bar chart (uPlot, loaded on
// demand) with the same figures in a table. Left out when the scope has none.
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { graphql } from '../gql';
import type { StatisticsFilter } from '../gql/graphql';
import { defineMessages, useT } from '../i18n/i18n';
import { Section } from '../shared/EntitySections';
import type { Chart } from './bar-chart';
import './stats.css';

const messages = defineMessages(
  'stats',
  {
    title: 'En chiffres',
    chart: 'Actions par mois, de {first} à {last} : {total, plural, one {# action} other {# actions}} en tout.',
    figures: 'Voir les chiffres',
    month: 'Mois',
    count: 'Actions',
    caption: 'Actions qui ont lieu chaque mois',
  },
  {
    title: 'In figures',
    chart: 'Actions per month, from {first} to {last}: {total, plural, one {# action} other {# actions}} in all.',
    figures: 'Show the figures',
    month: 'Month',
    count: 'Actions',
    caption: 'Actions taking place each month',
  },
);

const StatisticsQuery = graphql(`
  query EntityStatistics($filter: StatisticsFilter!) {
    statistics(metric: ACTIONS, filter: $filter) {
      total
      months {
        month
        count
      }
    }
  }
`);

type Scope = Pick<StatisticsFilter, 'spaceId' | 'themeId' | 'territoryId'>;

/** Twelve whole months: the six before this one, this one and the five after. */
function period(): { from: string; to: string } {
  const now = new Date();
  const month = (offset: number) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
    return d.toISOString().slice(0, 10);
  };
  return { from: month(-6), to: month(6) };
}

export function EntityStatistics({ scope }: { scope: Scope }) {
  const t = useT(messages);
  const [{ from, to }] = useState(period);
  const { data } = useQuery(StatisticsQuery, { variables: { filter: { ...scope, from, to } } });
  const stats = data?.statistics;
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(t.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }), [t.locale]);
  if (!stats || stats.total === 0 || stats.months.length === 0) return null;
  const words = (month: string) => monthFormat.format(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  const label = t('chart', { first: words(stats.months[0]!.month), last: words(stats.months[stats.months.length - 1]!.month), total: stats.total });
  return (
    <Section id="statistics" title={t('title')}>
      <BarChart months={stats.months} label={label} locale={t.locale} />
      <details className="figures">
        <summary>{t('figures')}</summary>
        <table className="data-table">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('month')}</th>
              <th scope="col">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {stats.months.map((m) => (
              <tr key={m.month}>
                <th scope="row">{words(m.month)}</th>
                <td>{t.intl.formatNumber(m.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Section>
  );
}

function BarChart({ months, label, locale }: { months: { month: string; count: number }[]; label: string; locale: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let chart: Chart | null = null;
    let cancelled = false;
    import('./bar-chart')
      .then(({ drawBarChart }) => {
        if (!cancelled && host.current) chart = drawBarChart(host.current, months, locale);
      })
      // Without the chart, the figures below still say it all.
      .catch(() => {});
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [months, locale]);
  return <div ref={host} className="bar-chart" role="img" aria-label={label} />;
}
