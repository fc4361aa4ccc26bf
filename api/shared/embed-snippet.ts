// The two snippets a webmaster pastes to show a listing on their site (docs/diffusion.md, "Embedding
// on your site"): the script with its <convergences-listing> element, and the iframe for sites that
// refuse scripts. Pure: the portal's "Intégrer sur mon site" dialog calls embedSnippet() with the
// options chosen and shows the result, and the live preview is the same markup.
import { EMBED_LABELS } from './embed-labels.js';
import { entityUrl, listingUrl, type SpaceType } from './embed-links.js';
import { embedParams, type EmbedOptions } from './embed-options.js';
import { portalFilterParams } from './portal-filter.js';

/** Height of the iframe until its page reports its own (and for good on a site that runs no script). */
export const IFRAME_FALLBACK_HEIGHT = 480;

export interface EmbedSnippetOptions extends EmbedOptions {
  /** The portal's origin, e.g. `https://agenda.example.org` (no trailing slash). */
  origin: string;
  /** What the space is, for the noscript link to its page; without it the link goes to the filtered portal. */
  spaceType?: SpaceType;
  /** The space's name, for the iframe's title. */
  spaceName?: string;
  /** The iframe's fixed height, in CSS pixels. */
  height?: number;
}

export interface EmbedSnippet {
  /** URL of the web component's script. */
  scriptUrl: string;
  /** URL of the iframe page. */
  frameUrl: string;
  /** The portal page the listing links to, and the noscript link. */
  portalUrl: string;
  /** Accessible name of the listing (the iframe's title). */
  title: string;
  /** `<script … async></script>` and `<convergences-listing …><noscript>…</noscript></convergences-listing>`. */
  script: string;
  /** `<iframe title="…">` with the small script that lets it take its content's height. */
  iframe: string;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The element's attributes, in a fixed order; the filter travels as one query string. */
function attributes(o: EmbedOptions): string {
  const params = embedParams(o);
  const own = ['kind', 'space', 'limit', 'lang', 'display', 'accent', 'font'].flatMap((name) => {
    const value = params.get(name);
    return value === null ? [] : [`${name}="${escapeHtml(value)}"`];
  });
  const filter = portalFilterParams(o.filter).toString();
  return [...own, ...(filter ? [`filter="${escapeHtml(filter)}"`] : [])].join(' ');
}

export function embedSnippet(options: EmbedSnippetOptions): EmbedSnippet {
  const origin = options.origin.replace(/\/+$/, '');
  const labels = EMBED_LABELS[options.lang];
  const what = labels.kinds[options.kind];
  const title = labels.title(what, options.spaceName);
  const portalUrl = options.space && options.spaceType ? entityUrl(origin, options.spaceType, options.space) : listingUrl(origin, options.filter);
  const scriptUrl = `${origin}/embed/convergences.js`;
  const frameUrl = `${origin}/embed/frame?${embedParams(options).toString()}`;
  const height = Math.max(100, Math.round(options.height ?? IFRAME_FALLBACK_HEIGHT));
  const noscript = `<noscript><a href="${escapeHtml(portalUrl)}">${escapeHtml(labels.seeOnPortal.replace('{what}', title))}</a></noscript>`;
  const script = `<script src="${escapeHtml(scriptUrl)}" async></script>\n<convergences-listing ${attributes(options)}>${noscript}</convergences-listing>`;
  // The listener takes only this iframe's messages from the portal's origin, and only a height.
  const listener =
    `<script>(function(f){window.addEventListener('message',function(e){var d=e.data;` +
    `if(e.source===f.contentWindow&&e.origin===${JSON.stringify(origin)}&&d&&d.type==='convergences:height'&&d.height>0){f.style.height=Math.ceil(d.height)+'px';}});})(document.currentScript.previousElementSibling);</script>`;
  const iframe =
    `<iframe src="${escapeHtml(frameUrl)}" title="${escapeHtml(title)}" loading="lazy" style="display:block;width:100%;max-width:100%;height:${height}px;border:0">` +
    `<a href="${escapeHtml(portalUrl)}">${escapeHtml(labels.seeOnPortal.replace('{what}', title))}</a></iframe>\n${listener}`;
  return { scriptUrl, frameUrl, portalUrl, title, script, iframe };
}
