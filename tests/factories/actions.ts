// Actions for tests, created through createAction by `who` (who becomes their MANAGER), building the
// parents, carriers, places and themes asked for with `true`.
import { graphql } from '../gql/index.js';
import type { ActionKind, ActionStatus, Visibility } from '../gql/graphql.js';
import { buildActor } from './actors.js';
import { buildPlace } from './places.js';
import { buildTheme } from './themes.js';
import { idsOf, send, uniqueName, type Built, type Ref, type Writer } from './write.js';

const CREATE_ACTION = graphql(`
  mutation FactoryCreateAction($input: CreateActionInput!) {
    createAction(input: $input) {
      action {
        id
        slug
        name
      }
    }
  }
`);

export interface ActionOptions {
  name?: string;
  slug?: string;
  kind?: ActionKind;
  status?: ActionStatus;
  description?: string;
  visibility?: Visibility;
  startsAt?: string;
  endsAt?: string;
  allDay?: boolean;
  /** IANA time zone of its dates; Europe/Paris when absent. */
  timeZone?: string;
  /** Actions it is part of; `true` builds a new festival. */
  partOf?: readonly Ref[] | true;
  /** Actors carrying it; `true` builds a new actor. */
  carriers?: readonly Ref[] | true;
  participants?: readonly Ref[];
  /** Places where it happens; `true` builds a new place. */
  places?: readonly Ref[] | true;
  /** Themes it is tagged with; `true` builds a new theme. */
  themes?: readonly Ref[] | true;
  /** Start of the links created with it. */
  since?: string;
}

export async function buildAction(who: Writer, o: ActionOptions = {}): Promise<Built> {
  const partOf = o.partOf === true ? [await buildAction(who, { kind: 'FESTIVAL' })] : o.partOf;
  const carriers = o.carriers === true ? [await buildActor(who)] : o.carriers;
  const places = o.places === true ? [await buildPlace(who)] : o.places;
  const themes = o.themes === true ? [await buildTheme(who)] : o.themes;
  const data = await send(who, CREATE_ACTION, {
    input: {
      name: uniqueName(o.name, 'Action'),
      slug: o.slug,
      kind: o.kind ?? 'EVENT',
      status: o.status,
      description: o.description,
      visibility: o.visibility,
      startsAt: o.startsAt,
      endsAt: o.endsAt,
      allDay: o.allDay,
      timeZone: o.timeZone,
      parentIds: idsOf(partOf),
      carrierIds: idsOf(carriers),
      participantIds: idsOf(o.participants),
      placeIds: idsOf(places),
      themeIds: idsOf(themes),
      since: o.since,
    },
  });
  return data.createAction.action;
}
