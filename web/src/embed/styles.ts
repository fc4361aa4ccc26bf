// The component's stylesheet, adopted by its shadow root. The host element resets everything it could
// inherit from the page (`all: initial`, important so the page's own rules on the element lose), and
// sizes are in px and em of the box, never rem: a page's huge root font cannot scale the embed.
// Readable from 320 px to 1280 px: one column, wrapping text, images shrinking with the box.
export const STYLES = `
:host{all:initial!important;display:block!important;contain:content;max-width:100%!important}
:host([hidden]){display:none!important}
.cv{all:initial;display:block;box-sizing:border-box;max-width:100%;padding:12px 0;
--a:var(--cv-accent,#1a5fb4);font-family:var(--cv-font,system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif);
font-size:16px;line-height:1.45;color:#1f2328;background:#fff;overflow-wrap:anywhere;text-align:start}
.cv *{box-sizing:border-box}
.title{margin:0 0 8px;font-size:1.25em;line-height:1.25;font-weight:700;color:#1f2328}
a{color:var(--a);text-decoration:underline;text-underline-offset:2px}
a:hover{text-decoration-thickness:2px}
a:focus-visible{outline:3px solid var(--a);outline-offset:2px;border-radius:2px}
.title a{color:inherit}
.items{list-style:none;margin:0;padding:0;display:block}
.item{display:flex;gap:12px;align-items:flex-start;padding:10px 0;border-top:1px solid #d0d7de}
.item:first-child{border-top:0}
.item img{flex:0 0 auto;width:96px;max-width:30%;height:auto;aspect-ratio:4/3;object-fit:cover;border-radius:4px;background:#eef1f4}
.body{flex:1 1 auto;min-width:0;display:block}
.name{margin:0;font-size:1em;font-weight:600}
.meta{margin:2px 0 0;font-size:.875em;color:#57606a;display:flex;flex-wrap:wrap;gap:2px 10px}
.summary{margin:4px 0 0;font-size:.9375em;color:#1f2328}
.badge{display:inline-block;padding:0 6px;border-radius:3px;background:#eaeef2;color:#1f2328;font-weight:600}
.badge.cancelled{background:#ffebe9;color:#82071e}
.is-cancelled .name a{text-decoration-line:underline line-through}
.status{margin:8px 0;color:#57606a}
.more{margin:10px 0 0;font-size:.875em;color:#57606a}
.map{display:block;width:100%;max-width:480px;height:auto;margin:0 0 8px}
.land{fill:#eef1f4}
.dot{fill:var(--a);stroke:#fff;stroke-width:.8}
.compact{padding:6px 0}
.compact .item{padding:6px 0}
.compact .title{font-size:1.0625em}
@media (max-width:420px){.item{flex-direction:column}.item img{width:100%;max-width:100%}}
`;
