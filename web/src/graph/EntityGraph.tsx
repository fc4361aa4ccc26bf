// The graph around an entity (actor, action, partnership) through time: a drawing, a date slider that
// replays the structure month by month, and a table of the same links for keyboard and screen-reader
// users. The links come once, with all their dates (`links(...)`); each date is filtered here, so
// moving the slider redraws at once without a request.
//
// The slider and the page's "À la date du" field are one control over one value, `?date=`: the slider
// reads its position from it (the month of the date shown, today without one) and writes it as it
// moves, so the rest of the page (lists read `asOf`) follows the slider, and a date typed in the field
// moves the slider. A position stands for today's day of the month in that month: the current month
// is today (no `?date=`), twelve steps back is a year ago to the day.
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { graphql } from '../gql';
import { useT } from '../i18n/i18n';
import { useAsOf } from '../routing/useAsOf';
import { entityPath } from '../routing/paths';
import { formatCalendarDate } from '../shared/format';
import type { Drawing } from './draw-graph';
import {
  buildGraph,
  dayOfMonthIndex,
  edgesAt,
  ENTITY_TYPE,
  monthIndex,
  monthSpan,
  nodesAt,
  parisDay,
  startOfParisDay,
  type EntityGraphModel,
  type GraphEdge,
} from './graph-model';
import { graphMessages } from './messages';
import './graph.css';

export const GraphLink = graphql(`
  fragment GraphLink on LinkHistoryEntry {
    id
    type
    direction
    since
    until
    other {
      __typename
      id
      slug
      name
    }
  }
`);

// Parents, children, carriers, participants and partnerships; for a partnership reached, its parties
// (the entity's partners), ten at most: the API's cost limit counts 100 links × their parties.
// Places and themes have their own sections.
const EntityGraphQuery = graphql(`
  query EntityGraph($id: ID!) {
    entity(id: $id) {
      __typename
      id
      slug
      name
      links(types: [PART_OF, CARRIES, TAKES_PART_IN, PARTY_TO, CONCERNS], first: 100) {
        totalCount
        nodes {
          ...GraphLink
          other {
            ... on Partnership {
              links(types: [PARTY_TO], direction: IN, first: 10) {
                nodes {
                  ...GraphLink
                }
              }
            }
          }
        }
      }
    }
  }
`);

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function EntityGraph({ entityId }: { entityId: string }) {
  const t = useT(graphMessages);
  const { data, error } = useQuery(EntityGraphQuery, { variables: { id: entityId } });
  const entity = data?.entity;
  const model = useMemo<EntityGraphModel | null>(() => {
    if (!entity) return null;
    return buildGraph({
      center: entity,
      links: entity.links.nodes.map((link) => ({
        ...link,
        parties: link.other.__typename === 'Partnership' ? link.other.links.nodes : undefined,
      })),
    });
  }, [entity]);

  if (error && !data) return null;
  if (!entity || !model || model.edges.length === 0) return null;
  const truncated = entity.links.totalCount > entity.links.nodes.length;
  return (
    <section className="block graph-block" aria-labelledby="graph-title">
      <h2 id="graph-title">{t('title')}</h2>
      <p className="hint">{t('intro', { name: entity.name })}</p>
      {truncated && <p className="hint">{t('truncated', { shown: entity.links.nodes.length, total: entity.links.totalCount })}</p>}
      <GraphThroughTime model={model} />
    </section>
  );
}

function GraphThroughTime({ model }: { model: EntityGraphModel }) {
  const t = useT(graphMessages);
  const [asOf, setAsOf] = useAsOf();
  const [, navigate] = useLocation();
  // "Now" is fixed when the page opens, so that the same position always shows the same graph.
  const [now] = useState(() => Date.now());
  const today = parisDay(now);
  const shownDay = asOf ?? today;
  const instant = asOf ? startOfParisDay(asOf) : now;
  const span = monthSpan(model, today, asOf);
  const position = monthIndex(shownDay);

  const edges = useMemo(() => edgesAt(model, instant), [model, instant]);
  const nodes = useMemo(() => nodesAt(model, edges), [model, edges]);
  const dateWords = formatCalendarDate(shownDay, t.locale);

  const moveTo = (index: number) => {
    const day = dayOfMonthIndex(Math.min(span.max, Math.max(span.min, index)), today);
    setAsOf(day === today ? null : day);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Page Up and Page Down move a year: the native step is a month.
    if (event.key !== 'PageUp' && event.key !== 'PageDown') return;
    event.preventDefault();
    moveTo(position + (event.key === 'PageUp' ? 12 : -12));
  };

  const names = [...nodes].map((id) => model.nodes.get(id)).filter((node) => node && node.ring !== 0).map((node) => node!.name);
  const summary = names.length ? t('drawing', { date: dateWords, names: t.intl.formatList(names, { type: 'conjunction' }) }) : t('drawingEmpty', { date: dateWords });

  return (
    <>
      {span.max > span.min && (
        <div className="time-slider">
          <label htmlFor="graph-date">{t('slider')}</label>
          <p className="time-slider-year" aria-hidden="true">
            <span className="year">{shownDay.slice(0, 4)}</span> <span className="day">{dateWords}</span>
          </p>
          <input
            id="graph-date"
            type="range"
            min={span.min}
            max={span.max}
            step={1}
            value={position}
            aria-valuetext={dateWords}
            aria-describedby="graph-date-hint graph-date-span"
            onChange={(event) => moveTo(Number(event.target.value))}
            onKeyDown={onKeyDown}
          />
          <p id="graph-date-span" className="time-slider-ends">
            <span>{Math.floor(span.min / 12)}</span>
            <span className="visually-hidden">{t('sliderSpan', { first: Math.floor(span.min / 12), last: Math.floor(span.max / 12) })}</span>
            <span>{Math.floor(span.max / 12)}</span>
          </p>
          <p id="graph-date-hint" className="hint">
            {t('sliderHint')}
          </p>
        </div>
      )}
      <GraphDrawing
        model={model}
        nodes={nodes}
        edges={edges}
        label={summary}
        onOpen={(node) => navigate(entityPath(ENTITY_TYPE[node.kind], node.slug, asOf))}
      />
      <p className="hint" role="status">
        {t('linkCount', { count: edges.length, date: dateWords })}
      </p>
      <LinkTable model={model} edges={edges} dateWords={dateWords} asOf={asOf} />
    </>
  );
}

interface DrawingProps {
  model: EntityGraphModel;
  nodes: Set<string>;
  edges: GraphEdge[];
  label: string;
  onOpen(node: { kind: 'Actor' | 'Action' | 'Partnership'; slug: string }): void;
}

/** Loads Cytoscape on first use (its own chunk), draws every node once, then shows each date's part. */
function GraphDrawing({ model, nodes, edges, label, onOpen }: DrawingProps) {
  const t = useT(graphMessages);
  const host = useRef<HTMLDivElement>(null);
  const drawing = useRef<Drawing | null>(null);
  const [ready, setReady] = useState(0);
  const [failed, setFailed] = useState(false);
  // The latest values for the callbacks the drawing keeps.
  const latest = useRef({ onOpen, t });
  latest.current = { onOpen, t };

  useEffect(() => {
    let cancelled = false;
    import('./draw-graph')
      .then(({ drawGraph }) => {
        if (cancelled || !host.current) return;
        drawing.current = drawGraph(
          host.current,
          model,
          (type) => latest.current.t(`edge.${type}` as Parameters<typeof t>[0]),
          (node) => latest.current.onOpen(node),
        );
        setReady((n) => n + 1);
      })
      .catch(() => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
      drawing.current?.destroy();
      drawing.current = null;
    };
  }, [model]);

  // The first drawing of a page appears as is; later dates fade in and out, unless motion is reduced.
  const drawn = useRef(false);
  useEffect(() => {
    if (!drawing.current) return;
    drawing.current.show(nodes, new Set(edges.map((edge) => edge.id)), drawn.current && !prefersReducedMotion());
    drawn.current = true;
  }, [nodes, edges, ready]);

  if (failed) return <p className="error">{t('drawingFailed')}</p>;
  return (
    <figure className="graph-figure">
      <div ref={host} className="graph-canvas" role="img" aria-label={label} />
      <figcaption className="hint">{t('drawingHelp')}</figcaption>
    </figure>
  );
}

function LinkTable({ model, edges, dateWords, asOf }: { model: EntityGraphModel; edges: GraphEdge[]; dateWords: string; asOf: string | null }) {
  const t = useT(graphMessages);
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(t.locale, { timeZone: 'Europe/Paris', dateStyle: 'medium' }), [t.locale]);
  const rows = [...edges].sort((a, b) => (a.since ?? '').localeCompare(b.since ?? '') || a.id.localeCompare(b.id));
  return (
    <div className="table-scroll" role="region" aria-labelledby="graph-table-caption" tabIndex={0}>
      <table className="link-table">
        <caption id="graph-table-caption">{t('tableCaption', { date: dateWords })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entity')}</th>
            <th scope="col">{t('relation')}</th>
            <th scope="col">{t('since')}</th>
            <th scope="col">{t('until')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((edge) => {
            const other = model.nodes.get(edge.other)!;
            const via = edge.via ? model.nodes.get(edge.via)?.name : undefined;
            return (
              <tr key={edge.id}>
                <th scope="row">
                  <Link href={entityPath(ENTITY_TYPE[other.kind], other.slug, asOf)}>{other.name}</Link>
                </th>
                <td>{t(`relation.${edge.relation}`, { via })}</td>
                <td>{edge.since ? <time dateTime={edge.since}>{dateFormat.format(Date.parse(edge.since))}</time> : t('noStart')}</td>
                <td>{edge.until ? <time dateTime={edge.until}>{dateFormat.format(Date.parse(edge.until))}</time> : t('ongoing')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
