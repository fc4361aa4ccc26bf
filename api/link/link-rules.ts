// The closed table of link types: which entity types each may join. Relationship types reach Cypher
// only from here, never from input.
import type { EntityType } from '../records.js';

export const LINK_TYPES = ['PART_OF', 'CARRIES', 'TAKES_PART_IN', 'LOCATED_AT', 'TAGGED', 'PARTY_TO', 'CONCERNS', 'BROADER', 'WITHIN'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Allowed (from, to) pairs per link type. */
export const LINK_RULES: Record<LinkType, ReadonlyArray<readonly [EntityType, EntityType]>> = {
  PART_OF: [
    ['Actor', 'Actor'],
    ['Action', 'Action'],
  ],
  CARRIES: [['Actor', 'Action']],
  TAKES_PART_IN: [['Actor', 'Action']],
  LOCATED_AT: [
    ['Actor', 'Place'],
    ['Action', 'Place'],
  ],
  TAGGED: [
    ['Actor', 'Theme'],
    ['Action', 'Theme'],
    ['Partnership', 'Theme'],
  ],
  PARTY_TO: [['Actor', 'Partnership']],
  CONCERNS: [['Partnership', 'Action']],
  BROADER: [['Theme', 'Theme']],
  WITHIN: [
    ['Place', 'Territory'],
    ['Territory', 'Territory'],
  ],
};

/** Link types forming trees, where a new link must not close a cycle. */
export const ACYCLIC: ReadonlySet<LinkType> = new Set(['PART_OF', 'BROADER', 'WITHIN']);

export function isAllowed(type: LinkType, from: EntityType, to: EntityType): boolean {
  return LINK_RULES[type].some(([f, t]) => f === from && t === to);
}

export function describeRule(type: LinkType): string {
  return LINK_RULES[type].map(([f, t]) => `${f} → ${t}`).join(' or ');
}

/**
 * Which end of a link is the entity that moves (moveEntity): the child of PART_OF, the located or
 * tagged entity… the link's `from`; but for the links an actor holds on a space (CARRIES,
 * TAKES_PART_IN, PARTY_TO) the action or partnership moves from one actor to another: the link's `to`.
 */
export const MOVED_END: Record<LinkType, 'from' | 'to'> = {
  PART_OF: 'from',
  CARRIES: 'to',
  TAKES_PART_IN: 'to',
  LOCATED_AT: 'from',
  TAGGED: 'from',
  PARTY_TO: 'to',
  CONCERNS: 'from',
  BROADER: 'from',
  WITHIN: 'from',
};
