// Places: creation in their commune, field updates, lists by territory, box and name.
import type { Db } from '../db/driver.js';
import { requireSignedIn, type Author } from '../auth/rights.js';
import { createEntity, createLinks, resolveSlug, updateEntity } from '../entity/entity.write.js';
import { badInput } from '../errors.js';
import type { AccessibilityInput, AddressInput, CreatePlaceInput, PlaceFilter, UpdatePlaceInput } from '../generated/graphql.js';
import { requiredName } from '../actor/actor.store.js';
import type { EntityRecord, Page, PlaceRecord, TerritoryRecord } from '../records.js';
import { checkBbox, containsText, nullIfEmpty, runList, type ListArgs } from '../shared/list.js';
import { checkLatLon, checkName, checkText } from '../shared/validate.js';
import { getTerritoryByCode } from '../territory/territory.store.js';

function addressProps(a: AddressInput | null | undefined): Record<string, unknown> {
  return {
    street: checkText('address.street', a?.street ?? null, 300),
    postalCode: a?.postalCode != null && !/^\d{5}$/.test(a.postalCode) ? (() => { throw badInput('address.postalCode', 'A French postal code has 5 digits.'); })() : (a?.postalCode ?? null),
    city: checkText('address.city', a?.city ?? null, 200),
  };
}

function accessibilityProps(a: AccessibilityInput | null | undefined): Record<string, unknown> {
  return {
    wheelchair: a?.wheelchair ?? null,
    hearing: a?.hearing ?? null,
    sight: a?.sight ?? null,
    intellectual: a?.intellectual ?? null,
    accessibilityNotes: checkText('accessibility.notes', a?.notes ?? null, 2000),
  };
}

export async function createPlace(db: Db, input: CreatePlaceInput, by: Author): Promise<PlaceRecord> {
  requireSignedIn(by, 'create a place');
  const name = checkName('name', input.name)!;
  const location = checkLatLon('location', input.location);
  return db.write(async (tx) => {
    let commune: TerritoryRecord | null = null;
    if (input.communeCode != null) {
      commune = await getTerritoryByCode(tx, 'COMMUNE', input.communeCode);
      if (!commune) throw badInput('communeCode', `No commune has the INSEE code "${input.communeCode}" (import the territories first: npm run import:territories).`);
    }
    const slug = await resolveSlug(tx, 'Place', name, input.slug);
    const place = (await createEntity(tx, 'Place', { name, slug, ...addressProps(input.address), ...accessibilityProps(input.accessibility) }, by, location)) as PlaceRecord;
    if (commune) {
      await createLinks(tx, [{ type: 'WITHIN', fromId: place.id, toId: commune.id, since: null, until: null }], new Map<string, EntityRecord>([[place.id, place], [commune.id, commune]]), by, 'communeCode');
    }
    return place;
  });
}

export async function updatePlace(db: Db, input: UpdatePlaceInput, by: Author): Promise<PlaceRecord> {
  const props: Record<string, unknown> = {};
  if (input.name !== undefined) props.name = requiredName(input.name);
  if (input.address !== undefined) Object.assign(props, addressProps(input.address));
  if (input.accessibility !== undefined) Object.assign(props, accessibilityProps(input.accessibility));
  const location = input.location ? checkLatLon('location', input.location) : null;
  return db.write(async (tx) => (await updateEntity(tx, 'Place', input.id, props, by, location)) as PlaceRecord);
}

export function listPlaces(db: Db, args: ListArgs & { filter?: PlaceFilter | null; asOf: string }): Promise<Page<PlaceRecord>> {
  const f = args.filter ?? {};
  return runList<PlaceRecord>(
    db,
    'place/list-places',
    { asOf: args.asOf, text: containsText(f.text), territoryIds: nullIfEmpty(f.territoryIds), bbox: checkBbox(f.bbox), accessibility: nullIfEmpty(f.accessibility) },
    args,
    'name',
  );
}
