// Readable identifiers and accent-insensitive sort keys for French names.

/** Lowercase, accents removed, ligatures spelled out: the key names are sorted and matched by. */
export function foldText(text: string): string {
  return text
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'Oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'Ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

/** `Théâtre de l'Arche` → `theatre-de-l-arche`. Never empty. */
export function slugify(text: string): string {
  const slug = foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
  return slug || 'sans-nom';
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The words of a text as searched and indexed: folded, then cut at anything that is not a letter, a
 * mark or a digit ("L'Arche-Saint-Brieuc" → l, arche, saint, brieuc). The query side cuts what a person
 * types the same way, so both agree on every word, and no punctuation (nor any Lucene syntax) remains.
 */
export function searchWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** The fields of an entity and of a content item that search reads, in this order. */
export const SEARCH_FIELDS = {
  entity: ['name', 'description', 'street', 'city'],
  content: ['title', 'subject', 'summary', 'body'],
} as const satisfies Record<string, readonly string[]>;

/**
 * The `searchText` property of a node: its search fields' words joined by single spaces. The one place
 * it is built — creation, every update and the repair migration call it with the node's own fields.
 */
export function searchTextOf(kind: keyof typeof SEARCH_FIELDS, fields: Record<string, unknown>): string {
  return searchWords(
    SEARCH_FIELDS[kind]
      .map((f) => fields[f])
      .filter((v): v is string => typeof v === 'string')
      .join(' '),
  ).join(' ');
}
