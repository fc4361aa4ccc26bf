// Themes: a hierarchy (BROADER links), created under their broader themes.
import type { Db } from '../db/driver.js';
import { requireSignedIn, type Author } from '../auth/rights.js';
import { createEntity, createLinks, requireEntities, resolveSlug, updateEntity } from '../entity/entity.write.js';
import type { CreateThemeInput, ThemeFilter, UpdateThemeInput } from '../generated/graphql.js';
import { requiredName } from '../actor/actor.store.js';
import type { Page, ThemeRecord } from '../records.js';
import { containsText, runList, type ListArgs } from '../shared/list.js';
import { checkName, checkText } from '../shared/validate.js';

export async function createTheme(db: Db, input: CreateThemeInput, by: Author): Promise<ThemeRecord> {
  requireSignedIn(by, 'create a theme');
  const name = checkName('name', input.name)!;
  return db.write(async (tx) => {
    const ends = await requireEntities(tx, by, 'broaderIds', input.broaderIds ?? [], 'Theme');
    const slug = await resolveSlug(tx, 'Theme', name, input.slug);
    const theme = (await createEntity(tx, 'Theme', { name, slug, description: checkText('description', input.description) ?? null }, by)) as ThemeRecord;
    ends.set(theme.id, theme);
    await createLinks(tx, (input.broaderIds ?? []).map((toId) => ({ type: 'BROADER' as const, fromId: theme.id, toId, since: null, until: null })), ends, by, 'broaderIds');
    return theme;
  });
}

export async function updateTheme(db: Db, input: UpdateThemeInput, by: Author): Promise<ThemeRecord> {
  const props: Record<string, unknown> = {};
  if (input.name !== undefined) props.name = requiredName(input.name);
  if (input.description !== undefined) props.description = checkText('description', input.description);
  return db.write(async (tx) => (await updateEntity(tx, 'Theme', input.id, props, by)) as ThemeRecord);
}

export function listThemes(db: Db, args: ListArgs & { filter?: ThemeFilter | null }): Promise<Page<ThemeRecord>> {
  const f = args.filter ?? {};
  return runList<ThemeRecord>(db, 'theme/list-themes', { text: containsText(f.text), broaderId: f.broaderId ?? null, topLevelOnly: f.topLevelOnly ?? null }, args, 'name', 50);
}
