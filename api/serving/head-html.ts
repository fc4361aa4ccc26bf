// Fills the built index.html's <head> for one page: title, description, Open Graph, canonical and
// alternate links, and a schema.org JSON-LD block. Everything that comes from the graph is escaped here,
// once: attributes for HTML, the JSON-LD for a <script> data block (no "</script>" can close it early).
// The rest of index.html, its hashed asset links included, is left exactly as Vite built it.

/** A `<link rel="alternate">` of a page: a feed, a calendar, another format of the same thing. */
export interface HeadAlternate {
  /** Its media type, e.g. `application/rss+xml`, `text/calendar`. */
  type: string;
  /** Absolute or site-relative address. */
  href: string;
  title?: string;
}

export interface PageHead {
  title: string;
  description: string;
  /** The page's absolute address (og:url, canonical). */
  url: string;
  /** Open Graph type: `website`, `profile`… */
  type: string;
  /** Absolute address of an image for link previews, when the page has one. */
  image?: string | null;
  /** schema.org data of the page, or null when there is none to give. */
  jsonLd?: Record<string, unknown> | null;
  alternates?: readonly HeadAlternate[];
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside a double-quoted attribute or an element's text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/**
 * JSON for a `<script type="application/ld+json">` block: the HTML parser ends a script at the first
 * "</script" whatever JSON says, and "<!--" changes how it reads on; so <, > and & are written as JSON
 * escapes (\u003c…), which JSON parsers read back as the same characters. U+2028 and U+2029 too, for
 * older JavaScript readers of JSON.
 */
export function jsonLdText(data: Record<string, unknown>): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The `<link rel="alternate">` tags of a page (feeds and calendars of the entity, issue 17). */
export function alternateLinks(alternates: readonly HeadAlternate[]): string[] {
  return alternates.map(
    (a) => `<link rel="alternate" type="${escapeHtml(a.type)}" href="${escapeHtml(a.href)}"${a.title ? ` title="${escapeHtml(a.title)}"` : ''} />`,
  );
}

/** The tags a page's head gets, in order (title and description aside). */
function headTags(head: PageHead): string[] {
  const meta = (property: string, content: string) => `<meta property="${property}" content="${escapeHtml(content)}" />`;
  return [
    `<link rel="canonical" href="${escapeHtml(head.url)}" />`,
    meta('og:site_name', 'Convergences'),
    meta('og:locale', 'fr_FR'),
    meta('og:type', head.type),
    meta('og:title', head.title),
    meta('og:description', head.description),
    meta('og:url', head.url),
    ...(head.image ? [meta('og:image', head.image)] : []),
    `<meta name="twitter:card" content="${head.image ? 'summary_large_image' : 'summary'}" />`,
    ...alternateLinks(head.alternates ?? []),
    ...(head.jsonLd ? [`<script type="application/ld+json">${jsonLdText(head.jsonLd)}</script>`] : []),
  ];
}

/**
 * index.html with the page's head: its <title> and <meta name="description"> replaced, the other tags
 * added before </head>. Functions as replacements, so no `$` in a name is read as a pattern.
 */
export function fillHead(indexHtml: string, head: PageHead): string {
  const title = `<title>${escapeHtml(head.title)}</title>`;
  const description = `<meta name="description" content="${escapeHtml(head.description)}" />`;
  let html = /<title>[^<]*<\/title>/.test(indexHtml) ? indexHtml.replace(/<title>[^<]*<\/title>/, () => title) : indexHtml.replace('</head>', () => `${title}\n</head>`);
  html = /<meta name="description"[^>]*>/.test(html) ? html.replace(/<meta name="description"[^>]*>/, () => description) : html.replace('</head>', () => `${description}\n</head>`);
  return html.replace('</head>', () => `    ${headTags(head).join('\n    ')}\n  </head>`);
}
