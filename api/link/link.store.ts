// Creating and ending links one at a time (createLink / endLink mutations).
import type { Db } from '../db/driver.js';
import type { Author } from '../auth/rights.js';
import { ENTITY_KINDS, requireVisible, requireVisibleLink } from '../auth/lookup.js';
import { toRecord } from '../entity/entity.store.js';
import { createLinks, recordChange, requireLinkRight } from '../entity/entity.write.js';
import type { LinkType } from '../link/link-rules.js';
import { badInput } from '../errors.js';
import type { CreateLinkInput, EndLinkInput } from '../generated/graphql.js';
import type { EntityRecord, EntityType, LinkRecord } from '../records.js';
import { instant } from '../shared/validate.js';

type Props = Record<string, unknown> & { __typename: EntityType };
interface LinkRow {
  id: string;
  type: string;
  since: string | null;
  until: string | null;
  from: Props;
  to: Props;
}

async function readLink(tx: Parameters<Parameters<Db['write']>[0]>[0], id: string): Promise<LinkRecord | null> {
  const [row] = await tx.run<LinkRow>('link/get-link', { id });
  return row ? { id: row.id, type: row.type, since: row.since, until: row.until, from: toRecord(row.from), to: toRecord(row.to) } : null;
}

export async function createLink(db: Db, input: CreateLinkInput, by: Author): Promise<LinkRecord> {
  const since = instant(input.since) ?? by.now;
  const until = instant(input.until);
  return db.write(async (tx) => {
    const ends = (await requireVisible(tx, by, [
      { field: 'fromId', ids: [input.fromId], kinds: ENTITY_KINDS },
      { field: 'toId', ids: input.toId === input.fromId ? [] : [input.toId], kinds: ENTITY_KINDS },
    ])) as Map<string, EntityRecord>;
    const [created] = await createLinks(tx, [{ type: input.type, fromId: input.fromId, toId: input.toId, since, until }], ends, by);
    return (await readLink(tx, created!.id))!;
  });
}

export async function endLink(db: Db, input: EndLinkInput, by: Author): Promise<LinkRecord> {
  const until = instant(input.until) ?? by.now;
  return db.write(async (tx) => {
    const link = await requireVisibleLink(tx, by, 'linkId', await readLink(tx, input.linkId), input.linkId);
    if (link.until && link.until <= by.now) throw badInput('linkId', `This link already ended on ${link.until}.`);
    if (link.since && until <= link.since) throw badInput('until', `The end (until) must come after the link's start (${link.since}).`);
    await requireLinkRight(tx, by, link.type as LinkType, link.from, link.to, 'end');
    await tx.run('link/end-link', { id: link.id, type: link.type, fromId: link.from.id, toId: link.to.id, until });
    await recordChange(tx, { op: 'endLink', entityType: 'Link', entityId: link.id, before: { until: link.until }, after: { until }, personId: by.personId, subjectIds: [link.from.id, link.to.id] });
    return { ...link, until: new Date(until).toISOString() };
  });
}
