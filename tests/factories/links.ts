// Links for tests: dated links created and ended through createLink and endLink by `who`, and the id
// of a current PART_OF link as `who` reads it.
import { graphql } from '../gql/index.js';
import type { LinkType } from '../gql/graphql.js';
import { idOf, send, type Ref, type Writer } from './write.js';

const CREATE_LINK = graphql(`
  mutation FactoryCreateLink($input: CreateLinkInput!) {
    createLink(input: $input) {
      link {
        id
      }
    }
  }
`);

const END_LINK = graphql(`
  mutation FactoryEndLink($input: EndLinkInput!) {
    endLink(input: $input) {
      link {
        id
      }
    }
  }
`);

const PARENT_LINKS = graphql(`
  query FactoryParentLinks($id: ID!) {
    actor(id: $id) {
      parents(first: 100) {
        actor {
          id
        }
        link {
          id
        }
      }
    }
    action(id: $id) {
      parents(first: 100) {
        action {
          id
        }
        link {
          id
        }
      }
    }
  }
`);

export interface LinkOptions {
  since?: string;
  until?: string;
}

/** Creates a dated link between two entities; returns the link's id. */
export async function buildLink(who: Writer, type: LinkType, from: Ref, to: Ref, o: LinkOptions = {}): Promise<{ id: string }> {
  const data = await send(who, CREATE_LINK, { input: { type, fromId: idOf(from), toId: idOf(to), since: o.since, until: o.until } });
  return data.createLink.link;
}

/** Ends a link as `who` (at `until`, default now). */
export async function endLink(who: Writer, linkId: string, until?: string): Promise<void> {
  await send(who, END_LINK, { input: { linkId, until } });
}

/** The id of the current PART_OF link from an actor or action to one of its parents, read by `who`. */
export async function partOfLinkId(who: Writer, child: Ref, parent: Ref): Promise<string> {
  const data = await send(who, PARENT_LINKS, { id: idOf(child) });
  const links = [...(data.actor?.parents.map((p) => ({ id: p.actor.id, link: p.link.id })) ?? []), ...(data.action?.parents.map((p) => ({ id: p.action.id, link: p.link.id })) ?? [])];
  const found = links.find((l) => l.id === idOf(parent));
  if (!found) throw new Error(`${idOf(child)} is not currently part of ${idOf(parent)}`);
  return found.link;
}
