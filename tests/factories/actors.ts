// Actors for tests, created through createActor by `who` (who becomes their MANAGER), building the
// parents, places and themes asked for with `true`.
import { graphql } from '../gql/index.js';
import type { ActorKind, Visibility } from '../gql/graphql.js';
import { buildPlace } from './places.js';
import { buildTheme } from './themes.js';
import { idsOf, send, uniqueName, type Built, type Ref, type Writer } from './write.js';

const CREATE_ACTOR = graphql(`
  mutation FactoryCreateActor($input: CreateActorInput!) {
    createActor(input: $input) {
      actor {
        id
        slug
        name
      }
    }
  }
`);

export interface ActorOptions {
  name?: string;
  slug?: string;
  kind?: ActorKind;
  description?: string;
  visibility?: Visibility;
  contactEmail?: string;
  contactPhone?: string;
  contactVisibility?: Visibility;
  /** Actors it is part of; `true` builds a new parent. */
  parents?: readonly Ref[] | true;
  /** Places where it is located; `true` builds a new place. */
  places?: readonly Ref[] | true;
  /** Themes it is tagged with; `true` builds a new theme. */
  themes?: readonly Ref[] | true;
  /** Start of the links created with it. */
  since?: string;
}

export async function buildActor(who: Writer, o: ActorOptions = {}): Promise<Built> {
  const parents = o.parents === true ? [await buildActor(who)] : o.parents;
  const places = o.places === true ? [await buildPlace(who)] : o.places;
  const themes = o.themes === true ? [await buildTheme(who)] : o.themes;
  const data = await send(who, CREATE_ACTOR, {
    input: {
      name: uniqueName(o.name, 'Acteur'),
      slug: o.slug,
      kind: o.kind ?? 'ASSOCIATION',
      description: o.description,
      visibility: o.visibility,
      contactEmail: o.contactEmail,
      contactPhone: o.contactPhone,
      contactVisibility: o.contactVisibility,
      parentIds: idsOf(parents),
      placeIds: idsOf(places),
      themeIds: idsOf(themes),
      since: o.since,
    },
  });
  return data.createActor.actor;
}
