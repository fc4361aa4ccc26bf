// Actions: creation with their first links, field updates, filtered lists by date, name or relevance.
import type { Db } from '../db/driver.js';
import { requireSignedIn, type Author } from '../auth/rights.js';
import { dateTimeParam } from '../db/values.js';
import { createEntity, createLinks, requireEntityLists, resolveSlug, updateEntity } from '../entity/entity.write.js';
import { badInput } from '../errors.js';
import { requireOne } from '../auth/lookup.js';
import { refreshSeriesEnd } from '../agenda/agenda.store.js';
import type { ActionFilter, ActionSort, CreateActionInput, UpdateActionInput } from '../generated/graphql.js';
import { requiredName } from '../actor/actor.store.js';
import type { ActionRecord, EntityRecord, ListPage } from '../records.js';
import { checkBbox, fullTextQuery, nullIfEmpty, runFacets, runList, type ListArgs } from '../shared/list.js';
import { DEFAULT_TIME_ZONE, startOfDayOf, wallClockStart } from '../shared/time.js';
import { actionDates, checkName, checkText, checkTimeZone, instant } from '../shared/validate.js';

const asParam = (iso: string | null) => (iso === null ? null : dateTimeParam(iso));

export async function createAction(db: Db, input: CreateActionInput, by: Author): Promise<ActionRecord> {
  requireSignedIn(by, 'create an action');
  const name = checkName('name', input.name)!;
  const timeZone = checkTimeZone('timeZone', input.timeZone) ?? DEFAULT_TIME_ZONE;
  const allDay = input.allDay ?? false;
  const dates = actionDates(input.startsAt, input.endsAt, allDay, timeZone);
  const since = instant(input.since) ?? by.now;
  return db.write(async (tx) => {
    // One lookup for every list (checked list by list, as requireEntities does).
    const ends = new Map<string, EntityRecord>(
      await requireEntityLists(tx, by, [
        ['parentIds', input.parentIds ?? [], 'Action'],
        ['carrierIds', input.carrierIds ?? [], 'Actor'],
        ['participantIds', input.participantIds ?? [], 'Actor'],
        ['placeIds', input.placeIds ?? [], 'Place'],
        ['themeIds', input.themeIds ?? [], 'Theme'],
      ]),
    );
    const slug = await resolveSlug(tx, 'Action', name, input.slug);
    const action = (await createEntity(
      tx,
      'Action',
      {
        name,
        slug,
        kind: input.kind,
        description: checkText('description', input.description) ?? null,
        status: input.status ?? 'SCHEDULED',
        startsAt: asParam(dates.startsAt),
        // The wall-clock start a series repeats (docs/agenda.md): what the instant alone cannot tell.
        startsAtLocal: wallClockStart(input.startsAt, dates.startsAt, timeZone),
        endsAt: asParam(dates.endsAt),
        allDay,
        timeZone,
        visibility: input.visibility ?? 'PUBLIC',
      },
      by,
    )) as ActionRecord;
    ends.set(action.id, action);
    const link = (type: 'PART_OF' | 'LOCATED_AT' | 'TAGGED', toId: string) => ({ type, fromId: action.id, toId, since, until: null });
    const from = (type: 'CARRIES' | 'TAKES_PART_IN', fromId: string) => ({ type, fromId, toId: action.id, since, until: null });
    await createLinks(
      tx,
      [
        ...(input.parentIds ?? []).map((id) => link('PART_OF', id)),
        ...(input.placeIds ?? []).map((id) => link('LOCATED_AT', id)),
        ...(input.themeIds ?? []).map((id) => link('TAGGED', id)),
        ...(input.carrierIds ?? []).map((id) => from('CARRIES', id)),
        ...(input.participantIds ?? []).map((id) => from('TAKES_PART_IN', id)),
      ],
      ends,
      by,
      'parentIds',
    );
    return action;
  });
}

export async function updateAction(db: Db, input: UpdateActionInput, by: Author): Promise<ActionRecord> {
  return db.write(async (tx) => {
    const current = await requireOne(tx, by, 'id', input.id, ['Action']);
    const props: Record<string, unknown> = {};
    if (input.name !== undefined) props.name = requiredName(input.name);
    if (input.kind != null) props.kind = input.kind;
    if (input.status != null) props.status = input.status;
    if (input.description !== undefined) props.description = checkText('description', input.description);
    if (input.visibility != null) props.visibility = input.visibility;
    const timeZone = checkTimeZone('timeZone', input.timeZone) ?? current.timeZone;
    const allDay = input.allDay ?? current.allDay;
    if (input.timeZone != null) props.timeZone = timeZone;
    if (input.allDay != null) props.allDay = allDay;
    if (input.startsAt !== undefined || input.endsAt !== undefined) {
      const dates = actionDates(
        input.startsAt === undefined ? current.startsAt : input.startsAt,
        input.endsAt === undefined ? current.endsAt : input.endsAt,
        allDay,
        timeZone,
      );
      props.startsAt = asParam(dates.startsAt);
      props.endsAt = asParam(dates.endsAt);
      // The wall-clock start a series repeats follows a new start as written…
      if (input.startsAt !== undefined) props.startsAtLocal = wallClockStart(input.startsAt, dates.startsAt, timeZone);
    }
    // … or the kept instant into a new zone.
    if (input.startsAt === undefined && input.timeZone != null) props.startsAtLocal = wallClockStart(current.startsAt, current.startsAt, timeZone);
    const updated = (await updateEntity(tx, 'Action', input.id, props, by)) as ActionRecord;
    // A series' end depends on its first dates: keep the timeline's range check right.
    if (props.startsAt !== undefined || props.timeZone !== undefined || props.allDay !== undefined) await refreshSeriesEnd(tx, updated);
    return updated;
  });
}

/** With a bounding box, lists start from the places in it. */
const BBOX_FILES = { STARTS_AT: ['action/list-actions-in-bbox', 'start'], NAME: ['action/list-actions-in-bbox-by-name', 'name'] } as const;

const SORT_FILES = {
  STARTS_AT: ['action/list-actions-by-start', 'start'],
  UPCOMING: ['action/list-actions-upcoming', 'upcoming'],
  NAME: ['action/list-actions-by-name', 'name'],
  RELEVANCE: ['action/search-actions', 'score'],
} as const;

/** The parameters of cypher/action/action-filters for a filter (its text aside), checked: lists, facets and the map. */
export function actionFilterParams(f: ActionFilter) {
  const from = instant(f.from);
  const to = instant(f.to);
  if (from && to && to < from) throw badInput('filter.to', 'filter.to must not be before filter.from.');
  return {
    kinds: nullIfEmpty(f.kinds),
    statuses: nullIfEmpty(f.statuses),
    from,
    to,
    partOfId: f.partOfId ?? null,
    carriedById: f.carriedById ?? null,
    themeIds: nullIfEmpty(f.themeIds),
    territoryIds: nullIfEmpty(f.territoryIds),
    bbox: checkBbox(f.bbox),
    accessibility: nullIfEmpty(f.accessibility),
  };
}

export async function listActions(
  db: Db,
  args: ListArgs & { filter?: ActionFilter | null; sort?: ActionSort | null; asOf: string },
): Promise<ListPage<ActionRecord>> {
  const f = args.filter ?? {};
  const text = f.text != null ? fullTextQuery(f.text) : null;
  const sort = args.sort ?? (text ? 'RELEVANCE' : 'STARTS_AT');
  if (sort === 'RELEVANCE' && !text) throw badInput('sort', 'RELEVANCE ordering needs a search text (filter.text).');
  if (text && sort !== 'RELEVANCE') throw badInput('sort', 'With a search text, actions are ordered by RELEVANCE.');
  const params = {
    asOf: args.asOf,
    text,
    ...actionFilterParams(f),
    // UPCOMING's "today": the reading instant's day, in the territory's zone.
    dayStart: startOfDayOf(args.asOf, DEFAULT_TIME_ZONE),
  };
  // The map: start from the places in the box (point index) rather than from every action.
  const [file, key] = params.bbox && (sort === 'STARTS_AT' || sort === 'NAME') ? BBOX_FILES[sort] : SORT_FILES[sort];
  // A search counts its facets in its one statement; other lists count them apart, only when asked.
  if (text) return runList<ActionRecord>(db, file, params, args, key);
  const [page, facets] = await Promise.all([runList<ActionRecord>(db, file, params, args, key), runFacets(db, 'action/count-action-facets', params, args)]);
  return facets ? { ...page, facets } : page;
}
