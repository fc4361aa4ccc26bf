// Where a search's words are in a field's text: the ranges a search box marks. Computed here, in one
// place, the way the full-text indexes match (cypher/shared/text-search): words cut and folded as
// searchWords does (case, accents, ligatures), French plurals and a final e forgiven as the French
// analyzer's stemming does for the common cases, and the last word matched as the beginning of a word.
// Plain text and offsets, never HTML: the client marks the ranges itself.
import { MIN_PREFIX_LENGTH } from './list.js';
import { foldText, searchWords } from './slug.js';

export interface TextRange {
  /** Offset of the first character, in UTF-16 code units (as JavaScript strings index them). */
  start: number;
  length: number;
}

export interface TextHighlight {
  /** The field of the item, as the schema names it (`name`, `address.city`, `body`…). */
  field: string;
  /** The field's text, or the excerpt of it around the first match when it is long. */
  text: string;
  /** Where `text` starts in the field's text (0 when it is the whole text). */
  offset: number;
  /** True when the field's text goes on after `text`. */
  clippedEnd: boolean;
  /** The matched words in `text`, in order. */
  ranges: TextRange[];
}

/** Longest text returned for one field; longer ones are cut to an excerpt around the first match. */
export const MAX_EXCERPT_LENGTH = 240;
/** Characters kept before the first match in an excerpt. */
const EXCERPT_LEAD = 60;
/** Most ranges marked in one field. */
export const MAX_RANGES = 20;

/** A word as text, letters, marks and digits, as searchWords cuts them (before folding). */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The key two words are compared by: folded already, then a French plural (-eaux, -aux, -s, -x) and a
 * final e dropped, so "épiceries" and "epicerie", "solidair" and "solidaire", "journaux" and "journal"
 * have one key. Short words are kept whole ("les" and "le" stay apart).
 */
export function wordKey(folded: string): string {
  let w = folded;
  if (w.length > 4 && w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.length > 4 && w.endsWith('aux')) w = `${w.slice(0, -3)}al`;
  else if (w.length > 3 && /[sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

/** What one search matches a word of a text with. */
export interface WordMatcher {
  matches(foldedWord: string): boolean;
}

/** The matcher of a search as a person typed it: every word by its key, the last one also as a prefix. */
export function wordMatcher(search: string): WordMatcher {
  const words = searchWords(search);
  const keys = new Set(words.map(wordKey));
  const last = words[words.length - 1];
  const prefix = last !== undefined && last.length >= MIN_PREFIX_LENGTH ? last : null;
  return {
    matches: (w) => keys.has(wordKey(w)) || (prefix !== null && w.startsWith(prefix)),
  };
}

/** The ranges of `text` whose words match, in order. */
export function matchedRanges(text: string, matcher: WordMatcher): TextRange[] {
  const ranges: TextRange[] = [];
  for (const m of text.matchAll(WORD)) {
    if (matcher.matches(foldText(m[0]))) ranges.push({ start: m.index, length: m[0].length });
  }
  return ranges;
}

/**
 * The highlight of one field, or null when no word of it matches. A long text is cut to an excerpt that
 * starts at a word a little before the first match and ends at a word boundary.
 */
export function highlightField(field: string, text: string, matcher: WordMatcher): TextHighlight | null {
  const all = matchedRanges(text, matcher);
  if (all.length === 0) return null;
  if (text.length <= MAX_EXCERPT_LENGTH) return { field, text, offset: 0, clippedEnd: false, ranges: all.slice(0, MAX_RANGES) };
  const first = all[0]!;
  let start = Math.max(0, first.start - EXCERPT_LEAD);
  // Begin at a word: after the last space before the cut, unless that would drop the match.
  if (start > 0) {
    const space = text.lastIndexOf(' ', start);
    start = space >= 0 && space + 1 <= first.start ? space + 1 : start;
  }
  let end = Math.min(text.length, start + MAX_EXCERPT_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first.start + first.length) end = space;
  }
  const ranges = all
    .filter((r) => r.start >= start && r.start + r.length <= end)
    .slice(0, MAX_RANGES)
    .map((r) => ({ start: r.start - start, length: r.length }));
  return { field, text: text.slice(start, end), offset: start, clippedEnd: end < text.length, ranges };
}

/** The highlights of an item's fields, in the order given, only those that match. */
export function highlightFields(fields: readonly (readonly [field: string, text: unknown])[], search: string): TextHighlight[] {
  const matcher = wordMatcher(search);
  return fields.flatMap(([field, text]) => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const h = highlightField(field, text, matcher);
    return h ? [h] : [];
  });
}
