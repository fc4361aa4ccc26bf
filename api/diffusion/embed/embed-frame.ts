// The iframe variant's page (GET /embed/frame?…): a tiny HTML document, not the SPA, holding the same
// web component as the script snippet. The component, told by its `frame` attribute, posts the page's
// height to the parent ({ type: 'convergences:height', height }) so the host's listener can size the
// iframe. No inline script or style: the page keeps the site's CSP, framing aside (embed.routes.ts).
import { EMBED_LABELS } from '../../shared/embed-labels.js';
import { embedParams, type EmbedOptions } from '../../shared/embed-options.js';
import { listingUrl } from '../../shared/embed-links.js';
import { portalFilterParams } from '../../shared/portal-filter.js';

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function framePage(options: EmbedOptions, origin: string): string {
  const labels = EMBED_LABELS[options.lang];
  const what = labels.kinds[options.kind];
  const params = embedParams(options);
  const attrs = ['kind', 'space', 'limit', 'lang', 'display', 'accent', 'font']
    .flatMap((name) => (params.has(name) ? [`${name}="${escapeHtml(params.get(name)!)}"`] : []))
    .join(' ');
  const filter = portalFilterParams(options.filter).toString();
  const portal = listingUrl(origin, options.filter);
  return `<!doctype html>
<html lang="${options.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(what)}</title>
<script src="/embed/convergences.js" async></script>
</head>
<body>
<convergences-listing frame ${attrs}${filter ? ` filter="${escapeHtml(filter)}"` : ''}><noscript><a href="${escapeHtml(portal)}">${escapeHtml(labels.seeOnPortal.replace('{what}', what))}</a></noscript></convergences-listing>
</body>
</html>
`;
}
