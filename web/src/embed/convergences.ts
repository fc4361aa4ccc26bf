// The embed's web component, <convergences-listing>, built alone to dist/embed/convergences.js (an IIFE,
// no React, at most 15 KB gzipped: web/build/embed-size.ts fails the build above). A webmaster pastes
//   <script src="https://portal/embed/convergences.js" async></script>
//   <convergences-listing kind="agenda" space="…" limit="5" lang="fr" display="compact" accent="#…" font="…"
//     filter="theme=…&period=month"><noscript><a href="…">…</a></noscript></convergences-listing>
// and the listing renders in a Shadow DOM: the host page's CSS cannot reach inside and ours cannot leak.
// It reads GET /embed/v1/listing.json from the script's own origin only, without credentials, and sets
// no cookie. With the `frame` attribute (the iframe page, /embed/frame) it also posts its height to the
// parent window. Attributes and data are documented in docs/diffusion.md.
import { EMBED_LABELS, type EmbedLabelKind, type EmbedLabelLang, type EmbedLabels } from '../../../api/shared/embed-labels';
import { STYLES } from './styles';

interface Place {
  name: string;
  city?: string;
  latitude: number;
  longitude: number;
}
interface Item {
  id: string;
  title: string;
  url: string;
  summary?: string;
  startsAt?: string;
  endsAt?: string;
  allDay?: boolean;
  timeZone?: string;
  status?: string;
  publishedAt?: string;
  announcementType?: 'OFFER' | 'REQUEST';
  space?: string;
  place?: Place;
  image?: { url: string; alt: string };
  type?: 'actor' | 'action';
}
interface Listing {
  kind: EmbedLabelKind;
  timeZone: string;
  space?: { name: string; url: string };
  moreUrl: string;
  totalCount: number;
  items: Item[];
}

const TAG = 'convergences-listing';
const OWN = ['kind', 'space', 'limit', 'lang', 'display'] as const;

/** The portal's origin: where this script was loaded from (an async script still has currentScript while it runs). */
function scriptOrigin(): string {
  const script = document.currentScript as HTMLScriptElement | null;
  const src = script?.src || document.querySelector<HTMLScriptElement>('script[src*="/embed/convergences.js"]')?.src;
  return new URL(src || location.href).origin;
}
const ORIGIN = scriptOrigin();

/** One sheet shared by every instance; constructed stylesheets also pass a strict CSP (no inline <style>). */
let sheet: CSSStyleSheet | null = null;
function adopt(root: ShadowRoot): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLES);
    }
    root.adoptedStyleSheets = [sheet];
  } else {
    root.append(el('style', {}, STYLES));
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null | undefined)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child != null) node.append(child);
  return node;
}

const SVG = 'http://www.w3.org/2000/svg';
function svg(tag: string, attrs: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

function when(item: Item, lang: string, zone: string, kind: EmbedLabelKind): HTMLTimeElement | null {
  const at = item.startsAt ?? item.publishedAt;
  if (!at) return null;
  const dated = kind === 'agenda' || kind === 'actions' || kind === 'map';
  const format = new Intl.DateTimeFormat(lang, {
    timeZone: item.timeZone ?? zone,
    weekday: dated ? 'short' : undefined,
    day: 'numeric',
    month: 'short',
    year: dated ? undefined : 'numeric',
    ...(dated && !item.allDay ? { hour: '2-digit', minute: '2-digit' } : {}),
  });
  return el('time', { datetime: at }, format.format(new Date(at)));
}

function badge(item: Item, t: EmbedLabels): HTMLElement | null {
  const text =
    item.status === 'CANCELLED' ? t.cancelled : item.status === 'POSTPONED' ? t.postponed : item.status === 'FULL' ? t.full : item.announcementType === 'OFFER' ? t.offer : item.announcementType === 'REQUEST' ? t.request : null;
  return text ? el('span', { class: `badge${item.status === 'CANCELLED' ? ' cancelled' : ''}` }, text) : null;
}

function entry(item: Item, listing: Listing, lang: string, full: boolean, target: string, t: EmbedLabels): HTMLLIElement {
  const link = el('a', { href: item.url, ...(target ? { target } : {}) }, item.title);
  const place = item.place ? [item.place.name, item.place.city].filter(Boolean).join(', ') : '';
  const meta = el('p', { class: 'meta' }, when(item, lang, listing.timeZone, listing.kind), badge(item, t), place ? el('span', { class: 'place' }, place) : null, item.space && listing.kind !== 'agenda' ? el('span', {}, item.space) : null);
  const body = el('div', { class: 'body' }, el('p', { class: 'name' }, link), meta, full && item.summary ? el('p', { class: 'summary' }, item.summary) : null);
  const image = full && item.image ? el('img', { src: item.image.url, alt: item.image.alt, loading: 'lazy', decoding: 'async' }) : null;
  return el('li', { class: item.status === 'CANCELLED' ? 'item is-cancelled' : 'item' }, image, body);
}

/** A plain drawing of the points in their bounding box: no tiles, no request elsewhere; the list below is what reads. */
function sketch(items: Item[], label: string): SVGElement | null {
  const points = items.filter((i) => i.place).map((i) => i.place!);
  if (!points.length) return null;
  const lons = points.map((p) => p.longitude);
  const lats = points.map((p) => p.latitude);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const span = Math.max(e - w, n - s, 0.01);
  const drawing = svg('svg', { viewBox: '-5 -5 110 110', role: 'img', 'aria-label': label, class: 'map' });
  drawing.append(svg('rect', { x: -5, y: -5, width: 110, height: 110, class: 'land' }));
  for (const p of points) {
    drawing.append(svg('circle', { cx: 50 + ((p.longitude - (w + e) / 2) / span) * 100, cy: 50 - ((p.latitude - (s + n) / 2) / span) * 100, r: 2.5, class: 'dot' }));
  }
  return drawing;
}

class ConvergencesListing extends HTMLElement {
  static observedAttributes = [...OWN, 'accent', 'font', 'filter'];
  private root: ShadowRoot;
  private box: HTMLElement;
  private controller: AbortController | null = null;
  private queued = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adopt(this.root);
    this.box = el('section', { class: 'cv' });
    this.root.append(this.box);
  }

  connectedCallback(): void {
    if (this.hasAttribute('frame')) reportHeight();
    this.refresh();
  }

  attributeChangedCallback(): void {
    if (this.isConnected) this.refresh();
  }

  disconnectedCallback(): void {
    this.controller?.abort();
  }

  private get language(): EmbedLabelLang {
    return this.getAttribute('lang') === 'en' ? 'en' : 'fr';
  }

  /** Attribute changes in one task make one request. */
  private refresh(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      void this.load();
    });
  }

  private async load(): Promise<void> {
    const t = EMBED_LABELS[this.language];
    const params = new URLSearchParams(this.getAttribute('filter') ?? '');
    for (const name of OWN) {
      const value = this.getAttribute(name);
      if (value) params.set(name, value);
    }
    this.applyOptions(t);
    this.box.setAttribute('aria-busy', 'true');
    if (!this.box.firstChild) this.box.append(el('p', { class: 'status', role: 'status' }, t.loading));
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    try {
      const res = await fetch(`${ORIGIN}/embed/v1/listing.json?${params}`, { credentials: 'omit', mode: 'cors', signal: controller.signal });
      if (!res.ok) throw new Error(String(res.status));
      this.render((await res.json()) as Listing, t);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.box.replaceChildren(el('p', { class: 'status', role: 'status' }, t.error));
      if (this.hasAttribute('frame')) postHeight();
      console.warn(`${TAG}: ${String(error)}`);
    } finally {
      if (!controller.signal.aborted) this.box.removeAttribute('aria-busy');
    }
  }

  /** Colours and font go in custom properties of the inner box: the host's CSS cannot reach them. */
  private applyOptions(t: EmbedLabels): void {
    const accent = this.getAttribute('accent');
    const font = this.getAttribute('font');
    this.box.style.setProperty('--cv-accent', accent && /^#[0-9a-f]{3,8}$/i.test(accent) ? accent : '');
    this.box.style.setProperty('--cv-font', font && /^[\w ,'"-]{1,100}$/.test(font) ? font : '');
    this.box.lang = this.language;
    this.box.setAttribute('aria-label', t.kinds[(this.getAttribute('kind') as EmbedLabelKind) ?? 'agenda'] ?? t.kinds.agenda);
    this.box.classList.toggle('compact', this.getAttribute('display') === 'compact');
  }

  private render(listing: Listing, t: EmbedLabels): void {
    const full = this.getAttribute('display') !== 'compact';
    // Inside the iframe page, a link opens in the host's window rather than in the frame.
    const target = this.hasAttribute('frame') ? '_top' : '';
    const what = t.kinds[listing.kind];
    const title = t.title(what, listing.space?.name);
    this.box.setAttribute('aria-label', title);
    const heading = el('h2', { class: 'title' }, listing.space ? el('a', { href: listing.space.url, ...(target ? { target } : {}) }, title) : title);
    const list = listing.items.length ? el('ul', { class: 'items' }, ...listing.items.map((item) => entry(item, listing, this.language, full, target, t))) : el('p', { class: 'status' }, t.empty);
    const map = listing.kind === 'map' ? sketch(listing.items, `${what} — ${t.total(listing.items.length)}`) : null;
    if (map) list.setAttribute('aria-label', t.mapPlaces);
    const more = el('p', { class: 'more' }, el('a', { href: listing.moreUrl, ...(target ? { target } : {}) }, t.seeAll), ` (${t.total(listing.totalCount)})`);
    this.box.replaceChildren(...[heading, map, list, more].filter((node) => node !== null));
    if (this.hasAttribute('frame')) postHeight();
  }
}

/** The frame's last posted height; 0 before the first. */
let posted = 0;

/** Posts the page's height to the parent when it changed (the iframe snippet's listener sets it). */
function postHeight(): void {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted) return;
  posted = height;
  window.parent.postMessage({ type: 'convergences:height', height }, '*');
}

/**
 * In the iframe page: the height is posted after each render (measuring forces layout, so this works
 * even while the browser throttles an offscreen frame's rendering), and whenever it changes later
 * (fonts, images, a narrower window) through a ResizeObserver.
 */
function reportHeight(): void {
  if (window.parent === window || posted !== 0) return;
  document.body.style.margin = '0';
  new ResizeObserver(postHeight).observe(document.documentElement);
  postHeight();
}

if (!customElements.get(TAG)) customElements.define(TAG, ConvergencesListing);
