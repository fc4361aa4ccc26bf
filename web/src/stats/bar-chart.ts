// A bar chart of monthly counts with uPlot, in a chunk of its own (EntityStatistics imports it
// dynamically). uPlot draws on a canvas; its CSS is a file and it styles elements through the DOM
// (CSSOM), which the strict CSP allows. Month names come from Intl in the visitor's locale.
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface Chart {
  destroy(): void;
}

export function drawBarChart(container: HTMLElement, months: { month: string; count: number }[], locale: string): Chart {
  const starts = months.map((m) => Date.UTC(Number(m.month.slice(0, 4)), Number(m.month.slice(5, 7)) - 1, 15) / 1000);
  const monthName = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const width = Math.max(260, container.clientWidth);
  const every = Math.max(1, Math.ceil((months.length * 64) / width));
  const plot = new uPlot(
    {
      width,
      height: 200,
      legend: { show: false },
      cursor: { show: false },
      scales: { x: { time: false, range: [starts[0]! - 1_300_000, starts[starts.length - 1]! + 1_300_000] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
      axes: [
        {
          // One month in `every` is named, so that the names never overlap on a narrow screen.
          values: (_u, splits) => splits.map((s, i) => (i % every === 0 ? monthName.format(s * 1000) : '')),
          stroke: '#4f5660',
          grid: { show: false },
          splits: () => starts,
        },
        { stroke: '#4f5660', values: (_u, splits) => splits.map((s) => (Number.isInteger(s) ? String(s) : '')) },
      ],
      series: [{}, { stroke: '#0b5d6b', fill: '#0b5d6b', paths: uPlot.paths.bars!({ size: [0.6, 40] }), points: { show: false } }],
    },
    [starts, months.map((m) => m.count)],
    container,
  );
  return { destroy: () => plot.destroy() };
}
