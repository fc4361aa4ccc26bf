// Partnerships for tests, created directly through createPartnership by `who` (who must edit every
// party), between two new actors when no parties are given.
import { graphql } from '../gql/index.js';
import type { Visibility } from '../gql/graphql.js';
import { buildActor } from './actors.js';
import { idsOf, send, uniqueName, type Built, type Ref, type Writer } from './write.js';

const CREATE_PARTNERSHIP = graphql(`
  mutation FactoryCreatePartnership($input: CreatePartnershipInput!) {
    createPartnership(input: $input) {
      partnership {
        id
        slug
        name
      }
    }
  }
`);

export interface PartnershipOptions {
  name?: string;
  slug?: string;
  description?: string;
  visibility?: Visibility;
  /** The parties; two new actors built by `who` when absent. */
  parties?: readonly Ref[];
  actions?: readonly Ref[];
  themes?: readonly Ref[];
  since?: string;
  until?: string;
}

export async function buildPartnership(who: Writer, o: PartnershipOptions = {}): Promise<Built> {
  const parties = o.parties ?? [await buildActor(who), await buildActor(who)];
  const data = await send(who, CREATE_PARTNERSHIP, {
    input: {
      name: uniqueName(o.name, 'Partenariat'),
      slug: o.slug,
      description: o.description,
      visibility: o.visibility,
      partyIds: idsOf(parties) ?? [],
      actionIds: idsOf(o.actions),
      themeIds: idsOf(o.themes),
      since: o.since,
      until: o.until,
    },
  });
  return data.createPartnership.partnership;
}
