// The explorer's filters: what to show, kinds, themes, territories, period, accessibility, status and
// the map's area. Every count beside a value comes from the API's facets for the current selection,
// so it agrees with the results. On a desktop the filters sit beside the view; on a phone they open as
// a sheet (a modal <dialog>: focus kept inside, Escape closes) ending with "Voir N résultats".
import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Temporal } from 'temporal-polyfill';
import { ACCESSIBILITY_NEEDS, EMPTY_FILTER, isEmptyFilter, shows, type Layer, type Period, type PortalFilter } from '../../../api/shared/portal-filter';
import { graphql } from '../gql';
import type { ExploreFacetsQuery } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { defineMessages, useT } from '../i18n/i18n';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { useMediaQuery } from '../shared/useMediaQuery';
import { TERRITORY_ZONE, useApiFilters, usePortalFilter } from './usePortalFilter';

const messages = defineMessages(
  'filters',
  {
    title: 'Filtres',
    open: 'Filtres',
    openActive: '{count, plural, one {Filtres (# actif)} other {Filtres (# actifs)}}',
    close: 'Fermer les filtres',
    seeResults: '{count, plural, =0 {Aucun résultat} one {Voir # résultat} other {Voir # résultats}}',
    clear: 'Tout effacer',
    show: 'Afficher',
    text: 'Mots',
    actorKinds: 'Types d’acteurs',
    actionKinds: 'Types d’actions',
    themes: 'Thèmes',
    territories: 'Communes et territoires',
    territorySearch: 'Chercher une commune, une intercommunalité, un département',
    territoryLevel: '{level, select, COMMUNE {commune} EPCI {intercommunalité} DEPARTEMENT {département} REGION {région} other {territoire}}',
    period: 'Période',
    anyTime: 'Toutes les dates',
    today: 'Aujourd’hui',
    weekend: 'Ce week-end',
    month: 'Ce mois-ci',
    custom: 'Des dates précises',
    from: 'Du',
    to: 'Au',
    access: 'Accessibilité',
    accessHint: 'Lieux accessibles pour tous les besoins cochés.',
    status: 'Statut',
    hideCancelled: 'Masquer les actions annulées',
    area: 'Zone de la carte',
    areaSet: 'Limité à la zone choisie sur la carte.',
    areaClear: 'Retirer la zone',
    remove: 'Retirer {name}',
    loadingCounts: 'Mise à jour des nombres…',
  },
  {
    title: 'Filters',
    open: 'Filters',
    openActive: '{count, plural, one {Filters (# active)} other {Filters (# active)}}',
    close: 'Close the filters',
    seeResults: '{count, plural, =0 {No results} one {See # result} other {See # results}}',
    clear: 'Clear all',
    show: 'Show',
    text: 'Words',
    actorKinds: 'Kinds of actors',
    actionKinds: 'Kinds of actions',
    themes: 'Themes',
    territories: 'Towns and territories',
    territorySearch: 'Search a town, an intercommunality, a département',
    territoryLevel: '{level, select, COMMUNE {town} EPCI {intercommunality} DEPARTEMENT {département} REGION {region} other {territory}}',
    period: 'Period',
    anyTime: 'Any date',
    today: 'Today',
    weekend: 'This weekend',
    month: 'This month',
    custom: 'Specific dates',
    from: 'From',
    to: 'To',
    access: 'Accessibility',
    accessHint: 'Places accessible for every need ticked.',
    status: 'Status',
    hideCancelled: 'Hide cancelled actions',
    area: 'Map area',
    areaSet: 'Limited to the area chosen on the map.',
    areaClear: 'Remove the area',
    remove: 'Remove {name}',
    loadingCounts: 'Updating the counts…',
  },
);

const FacetsQuery = graphql(`
  query ExploreFacets($actors: ActorFilter, $actions: ActionFilter, $withActors: Boolean!, $withActions: Boolean!) {
    actors(filter: $actors, first: 0) @include(if: $withActors) {
      totalCount
      facets(size: 30) {
        kinds {
          kind
          count
        }
        themes {
          theme {
            id
            name
          }
          count
        }
        territories {
          territory {
            id
            name
          }
          count
        }
      }
    }
    actions(filter: $actions, first: 0) @include(if: $withActions) {
      totalCount
      facets(size: 30) {
        kinds {
          kind
          count
        }
        themes {
          theme {
            id
            name
          }
          count
        }
        territories {
          territory {
            id
            name
          }
          count
        }
      }
    }
  }
`);

const TerritorySearchQuery = graphql(`
  query TerritorySearch($text: String!) {
    territories(filter: { text: $text, levels: [COMMUNE, EPCI, DEPARTEMENT] }, first: 8) {
      nodes {
        id
        name
        level
      }
    }
  }
`);

const EntityNameQuery = graphql(`
  query EntityName($id: ID!) {
    entity(id: $id) {
      id
      name
    }
  }
`);

interface Counted {
  id: string;
  name: string;
  count: number;
}

/** Adds the counts of the actor and action facets for the same value (both lists are shown). */
function mergeCounts(lists: ({ id: string; name: string; count: number }[] | undefined)[]): Counted[] {
  const byId = new Map<string, Counted>();
  for (const list of lists) {
    for (const item of list ?? []) {
      const known = byId.get(item.id);
      if (known) known.count += item.count;
      else byId.set(item.id, { ...item });
    }
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** Number of active choices, for the phone's "Filtres (3 actifs)" button. */
function activeCount(filter: PortalFilter): number {
  return (
    (filter.q ? 1 : 0) +
    filter.show.length +
    filter.actorKinds.length +
    filter.actionKinds.length +
    filter.themeIds.length +
    filter.territoryIds.length +
    (filter.period ? 1 : 0) +
    filter.access.length +
    (filter.hideCancelled ? 1 : 0) +
    (filter.bbox ? 1 : 0)
  );
}

export function FilterPanel() {
  const t = useT(messages);
  const phone = useMediaQuery('(max-width: 47.99rem)');
  const { filter } = usePortalFilter();
  const api = useApiFilters(filter);
  const withActors = shows(filter, 'actors');
  const withActions = shows(filter, 'actions');
  const facets = useQuery(FacetsQuery, { variables: { actors: api.actors, actions: api.actions, withActors, withActions } });
  const data = facets.data ?? facets.previousData;
  const total = (withActors ? (data?.actors?.totalCount ?? 0) : 0) + (withActions ? (data?.actions?.totalCount ?? 0) : 0);
  const dialog = useRef<HTMLDialogElement>(null);

  const body = <Filters data={data} loading={facets.loading} />;
  if (!phone) {
    return (
      <aside className="filters" aria-labelledby="filters-title">
        <h2 id="filters-title">{t('title')}</h2>
        {body}
      </aside>
    );
  }
  const active = activeCount(filter);
  return (
    <div className="filters-phone">
      <button type="button" className="filters-open" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()}>
        {active ? t('openActive', { count: active }) : t('open')}
      </button>
      <dialog ref={dialog} className="filters-sheet" aria-labelledby="filters-title">
        <div className="sheet-head">
          <h2 id="filters-title">{t('title')}</h2>
          <button type="button" className="link-button" onClick={() => dialog.current?.close()}>
            {t('close')}
          </button>
        </div>
        {body}
        <div className="sheet-foot">
          <button type="button" className="primary" onClick={() => dialog.current?.close()}>
            {t('seeResults', { count: total })}
          </button>
        </div>
      </dialog>
    </div>
  );
}

type FacetData = ExploreFacetsQuery;

function Filters({ data, loading }: { data: FacetData | undefined; loading: boolean }) {
  const t = useT(messages);
  const c = useCommon();
  const { filter, setFilter } = usePortalFilter();
  const set = (patch: Partial<PortalFilter>, replace = false) => setFilter({ ...filter, ...patch }, { replace });
  const withActors = shows(filter, 'actors');
  const withActions = shows(filter, 'actions');

  const themes = mergeCounts([
    withActors ? data?.actors?.facets.themes.map((f) => ({ id: f.theme.id, name: f.theme.name, count: f.count })) : [],
    withActions ? data?.actions?.facets.themes.map((f) => ({ id: f.theme.id, name: f.theme.name, count: f.count })) : [],
  ]);
  const territories = mergeCounts([
    withActors ? data?.actors?.facets.territories.map((f) => ({ id: f.territory.id, name: f.territory.name, count: f.count })) : [],
    withActions ? data?.actions?.facets.territories.map((f) => ({ id: f.territory.id, name: f.territory.name, count: f.count })) : [],
  ]);
  const layerCount = (layer: Layer) => (layer === 'actors' ? data?.actors?.totalCount : data?.actions?.totalCount);

  return (
    <div className="filter-groups" aria-busy={loading}>
      <p className="visually-hidden" role="status">
        {loading ? t('loadingCounts') : ''}
      </p>
      <TextFilter />
      <Group legend={t('show')}>
        {(['actions', 'actors'] as const).map((layer) => (
          <Check
            key={layer}
            label={c(layer)}
            count={filter.show.length === 0 || filter.show.includes(layer) ? layerCount(layer) : undefined}
            checked={filter.show.includes(layer)}
            onChange={() => set({ show: toggle(filter.show, layer) })}
          />
        ))}
      </Group>
      {withActions && (data?.actions?.facets.kinds.length ?? 0) + filter.actionKinds.length > 0 && (
        <Group legend={t('actionKinds')}>
          {kindsWithSelected(data?.actions?.facets.kinds ?? [], filter.actionKinds).map(({ kind, count }) => (
            <Check
              key={kind}
              label={c(`actionKind.${kind}`)}
              count={count}
              checked={filter.actionKinds.includes(kind)}
              onChange={() => set({ actionKinds: toggle(filter.actionKinds, kind) })}
            />
          ))}
        </Group>
      )}
      {withActors && (data?.actors?.facets.kinds.length ?? 0) + filter.actorKinds.length > 0 && (
        <Group legend={t('actorKinds')}>
          {kindsWithSelected(data?.actors?.facets.kinds ?? [], filter.actorKinds).map(({ kind, count }) => (
            <Check
              key={kind}
              label={c(`actorKind.${kind}`)}
              count={count}
              checked={filter.actorKinds.includes(kind)}
              onChange={() => set({ actorKinds: toggle(filter.actorKinds, kind) })}
            />
          ))}
        </Group>
      )}
      <IdGroup legend={t('themes')} values={themes} selected={filter.themeIds} onChange={(themeIds) => set({ themeIds })} />
      <IdGroup legend={t('territories')} values={territories} selected={filter.territoryIds} onChange={(territoryIds) => set({ territoryIds })}>
        <TerritorySearch onPick={(id) => !filter.territoryIds.includes(id) && set({ territoryIds: [...filter.territoryIds, id] })} />
      </IdGroup>
      {withActions && <PeriodFilter />}
      <Group legend={t('access')} hint={t('accessHint')}>
        {ACCESSIBILITY_NEEDS.map((need) => (
          <Check key={need} label={c(`access.${need}`)} checked={filter.access.includes(need)} onChange={() => set({ access: toggle(filter.access, need) })} />
        ))}
      </Group>
      {withActions && (
        <Group legend={t('status')}>
          <Check label={t('hideCancelled')} checked={filter.hideCancelled} onChange={() => set({ hideCancelled: !filter.hideCancelled })} />
        </Group>
      )}
      {filter.bbox && (
        <Group legend={t('area')}>
          <p className="hint">{t('areaSet')}</p>
          <button type="button" className="link-button" onClick={() => set({ bbox: undefined })}>
            {t('areaClear')}
          </button>
        </Group>
      )}
      {!isEmptyFilter(filter) && (
        <button type="button" className="more" onClick={() => setFilter(EMPTY_FILTER)}>
          {t('clear')}
        </button>
      )}
    </div>
  );
}

/** Kinds with results, plus the ones chosen that have none now (so they can still be unticked). */
function kindsWithSelected<K extends string>(counted: { kind: K; count: number }[], selected: K[]): { kind: K; count: number }[] {
  const missing = selected.filter((kind) => !counted.some((item) => item.kind === kind)).map((kind) => ({ kind, count: 0 }));
  return [...counted, ...missing];
}

function Group({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  const id = useId();
  return (
    <fieldset className="filter-group" aria-describedby={hint ? id : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={id} className="hint">
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}

function Check({ label, count, checked, onChange }: { label: string; count?: number; checked: boolean; onChange(): void }) {
  const c = useCommon();
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={onChange} />
      <span>{label}</span>
      {count !== undefined && (
        <span className="facet-count">
          {/* Read as "Culture, 13" rather than "Culture13". */}
          <span className="visually-hidden">, </span>
          {c.intl.formatNumber(count)}
        </span>
      )}
    </label>
  );
}

/** Themes or territories: counted values, plus chosen ones missing from the counts (by name, count 0). */
function IdGroup({ legend, values, selected, onChange, children }: { legend: string; values: Counted[]; selected: string[]; onChange(ids: string[]): void; children?: ReactNode }) {
  const missing = selected.filter((id) => !values.some((value) => value.id === id));
  if (!values.length && !missing.length && !children) return null;
  return (
    <Group legend={legend}>
      {children}
      {missing.map((id) => (
        <NamedCheck key={id} id={id} onChange={() => onChange(toggle(selected, id))} />
      ))}
      {values.map((value) => (
        <Check key={value.id} label={value.name} count={value.count} checked={selected.includes(value.id)} onChange={() => onChange(toggle(selected, value.id))} />
      ))}
    </Group>
  );
}

/** A chosen theme or territory with no result now: ticked, named, so it can be unticked. */
function NamedCheck({ id, onChange }: { id: string; onChange(): void }) {
  const name = useQuery(EntityNameQuery, { variables: { id } }).data?.entity?.name;
  return <Check label={name ?? '…'} count={0} checked onChange={onChange} />;
}

function TextFilter() {
  const t = useT(messages);
  const { filter, setFilter } = usePortalFilter();
  const [text, setText] = useState(filter.q ?? '');
  const typed = useDebouncedValue(text.trim(), 300);
  const latest = useRef(filter);
  latest.current = filter;
  // Typing adjusts the current selection (no Back step per letter).
  useEffect(() => {
    if ((latest.current.q ?? '') !== typed) setFilter({ ...latest.current, q: typed || undefined }, { replace: true });
  }, [typed, setFilter]);
  // Follow the address when it changes from outside (Back, "Tout effacer").
  useEffect(() => setText(filter.q ?? ''), [filter.q]);
  return (
    <div className="filter-group">
      <label htmlFor="filter-text">{t('text')}</label>
      <input id="filter-text" type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" spellCheck={false} />
    </div>
  );
}

function TerritorySearch({ onPick }: { onPick(id: string): void }) {
  const t = useT(messages);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 250);
  const result = useQuery(TerritorySearchQuery, { variables: { text: search }, skip: search.length < 2 });
  const nodes = search.length < 2 ? [] : (result.data ?? result.previousData)?.territories.nodes ?? [];
  return (
    <div className="territory-search">
      <label htmlFor="territory-search">{t('territorySearch')}</label>
      <input id="territory-search" type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" spellCheck={false} />
      {nodes.length > 0 && (
        <ul className="suggestions" aria-label={t('territorySearch')}>
          {nodes.map((node) => (
            <li key={node.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onPick(node.id);
                  setText('');
                }}
              >
                {node.name} <span className="muted">({t('territoryLevel', { level: node.level })})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PeriodFilter() {
  const t = useT(messages);
  const { filter, setFilter } = usePortalFilter();
  const today = Temporal.Now.plainDateISO(TERRITORY_ZONE).toString();
  const choose = (period: Period | undefined) =>
    setFilter({ ...filter, period, from: period === 'custom' ? (filter.from ?? today) : undefined, to: period === 'custom' ? filter.to : undefined });
  const options: [Period | undefined, string][] = [
    [undefined, t('anyTime')],
    ['today', t('today')],
    ['weekend', t('weekend')],
    ['month', t('month')],
    ['custom', t('custom')],
  ];
  return (
    <fieldset className="filter-group">
      <legend>{t('period')}</legend>
      {options.map(([period, label]) => (
        <label key={period ?? 'any'} className="check">
          <input type="radio" name="period" checked={filter.period === period} onChange={() => choose(period)} />
          <span>{label}</span>
        </label>
      ))}
      {filter.period === 'custom' && (
        <div className="date-range">
          <label>
            {t('from')}{' '}
            <input type="date" value={filter.from ?? ''} onChange={(event) => event.target.value && setFilter({ ...filter, from: event.target.value }, { replace: true })} />
          </label>
          <label>
            {t('to')}{' '}
            <input type="date" value={filter.to ?? ''} min={filter.from} onChange={(event) => setFilter({ ...filter, to: event.target.value || undefined }, { replace: true })} />
          </label>
        </div>
      )}
    </fieldset>
  );
}
