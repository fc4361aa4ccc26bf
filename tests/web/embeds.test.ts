// The embeds as a webmaster uses them: a static page served from ANOTHER origin (its own port), with
// CSS written to break anything it touches, pastes the snippets embedSnippet() builds (three script
// listings and one iframe) and Debian's Chromium loads it. Checked: the items (members-only ones never
// shown), the host's CSS leaving the embed's computed styles as on a bare page, the iframe taking its
// content's height, no cookie and no request to any origin but the portal's and the host's, the
// embed's links reached with Tab, no serious or critical axe-core violation, and no horizontal scroll
// from 320 to 1280 px.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedSnippet, IFRAME_FALLBACK_HEIGHT } from '../../api/shared/embed-snippet.js';
import { DEFAULT_EMBED, type EmbedOptions } from '../../api/shared/embed-options.js';
import { EMPTY_FILTER } from '../../api/shared/portal-filter.js';
import { buildAction } from '../factories/actions.js';
import { buildActor } from '../factories/actors.js';
import { buildArticle } from '../factories/content.js';
import { buildPlace } from '../factories/places.js';
import { buildTheme } from '../factories/themes.js';
import type { Built } from '../factories/write.js';
import { uid, useTestApi } from '../helpers/api.js';
import { launchChromium } from '../helpers/browser.js';
import { buildSpaIfStale } from '../helpers/spa.js';

// Registered before useTestApi's own beforeAll: the server serves dist/embed/ only if built at start.
beforeAll(buildSpaIfStale, 180_000);
const api = useTestApi();

const WAIT_MS = 20_000;
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: WAIT_MS, interval: 100 });
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const id = uid();
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
let space: Built;
let theme: Built;
const shows: Built[] = [];
const titles = { shows: [] as string[], secretShow: `Répétition interne ${id}`, article: '', secretArticle: '', themeAction: `Atelier thème ${id}`, secretThemeAction: `Atelier interne ${id}` };

/** CSS meant to break whatever it reaches: everything unset, divs hidden, huge type, loud colours. */
const HOSTILE_CSS = `
* { all: unset; }
html { font-size: 40px !important; }
body { display: block; font: 40px/3 "Comic Sans MS", cursive !important; color: red !important; background: #000 !important; }
div, section, h2, ul, li, p, span, time, img { display: none !important; }
a { color: lime !important; font-size: 3rem !important; text-decoration: none !important; letter-spacing: 1em !important; }
convergences-listing { font-size: 50px; color: red; line-height: 5; text-transform: uppercase; letter-spacing: 4px; display: inline; }
main { display: block; padding: 10px; }
style, script, title, head { display: none !important; }
`;

let host: Server;
let hostOrigin = '';
let browser: Browser;

function options(o: Partial<EmbedOptions>): EmbedOptions & { origin: string } {
  return { ...DEFAULT_EMBED, filter: EMPTY_FILTER, ...o, origin: api.url };
}

function hostPage(hostile: boolean, withFrame: boolean): string {
  const agenda = embedSnippet({ ...options({ kind: 'agenda', space: space.slug, limit: 10 }), spaceType: 'actor' });
  const articles = embedSnippet({ ...options({ kind: 'articles', space: space.slug, lang: 'en', display: 'compact' }), spaceType: 'actor' });
  const themed = embedSnippet(options({ kind: 'actions', accent: '#8a1c1c', font: 'Georgia, serif', filter: { ...EMPTY_FILTER, themeIds: [theme.id] } }));
  const frame = embedSnippet({ ...options({ kind: 'agenda', space: space.slug, limit: 3 }), spaceType: 'actor', spaceName: space.name });
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Site d'une association</title>${hostile ? `<style>${HOSTILE_CSS}</style>` : ''}</head>
<body><main><h1>Notre association</h1><a href="/">Accueil</a>
${agenda.script}
${articles.script.replace(/^<script[^>]*><\/script>\n/, '')}
${themed.script.replace(/^<script[^>]*><\/script>\n/, '')}
${withFrame ? frame.iframe : ''}
</main></body></html>`;
}

beforeAll(async () => {
  theme = await buildTheme(api, { name: `Thème embed ${id}` });
  const place = await buildPlace(api, { name: `Salle des fêtes ${id}` });
  space = await buildActor(api, { name: `Association embarquée ${id}`, places: [place] });
  for (let i = 1; i <= 4; i += 1) {
    const show = await buildAction(api, { name: `Concert ${i} ${id}`, carriers: [space], places: [place], startsAt: inDays(i), endsAt: inDays(i + 0.1), status: i === 2 ? 'CANCELLED' : undefined });
    shows.push(show);
    titles.shows.push(show.name);
  }
  await buildAction(api, { name: titles.secretShow, carriers: [space], places: [place], startsAt: inDays(1.5), visibility: 'MEMBERS' });
  titles.article = (await buildArticle(api, space, { title: `Nouvelles de l'été ${id}`, summary: 'Un été bien rempli.' })).title;
  titles.secretArticle = (await buildArticle(api, space, { title: `Compte rendu du bureau ${id}`, visibility: 'MEMBERS' })).title;
  await buildAction(api, { name: titles.themeAction, themes: [theme], places: [place], startsAt: inDays(5) });
  await buildAction(api, { name: titles.secretThemeAction, themes: [theme], places: [place], startsAt: inDays(6), visibility: 'MEMBERS' });

  // Each listing's first read plans its Cypher, which on a loaded machine takes longer than a page
  // waits: read each once here, as the first visitor of a host page would.
  for (const html of [hostPage(false, true)]) {
    const urls = [...html.matchAll(/<convergences-listing ([^>]*)>/g)].map((m) => {
      const params = new URLSearchParams();
      for (const [, name, value] of m[1]!.matchAll(/(\w+)="([^"]*)"/g)) {
        if (name === 'filter') for (const [k, v] of new URLSearchParams(value!.replace(/&amp;/g, '&'))) params.append(k, v);
        else params.set(name!, value!);
      }
      return `${api.url}/embed/v1/listing.json?${params}`;
    });
    const frame = /<iframe src="([^"]+)"/.exec(html)![1]!.replace(/&amp;/g, '&').replace('/embed/frame?', '/embed/v1/listing.json?');
    for (const url of [...urls, frame]) expect((await fetch(url)).status).toBe(200);
  }

  host = createServer((req, res) => {
    const hostile = !req.url?.startsWith('/bare');
    const withFrame = !req.url?.includes('noframe');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(hostile, withFrame));
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  const address = host.address();
  hostOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => host?.close(resolve));
});

interface Opened {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
}

async function open(path: string, width = 1280): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'fr-FR' });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${hostOrigin}${path}`);
  // Every script listing shows its items (or its empty state) before the checks start.
  await poll(() => page.locator('convergences-listing').evaluateAll((all) => all.every((e) => !!e.shadowRoot?.querySelector('.items, .status:not([role])')))).toBe(true);
  return { context, page, requests, errors };
}

const listing = (page: Page, kind: string) => page.locator(`convergences-listing[kind="${kind}"]`);

describe('a listing embedded on another origin', () => {
  it('shows the public items of each listing and never a members-only one', async () => {
    const { page, context, errors } = await open('/');
    const agenda = listing(page, 'agenda');
    for (const title of titles.shows) await poll(() => agenda.getByRole('link', { name: title }).isVisible()).toBe(true);
    expect(await agenda.getByRole('link', { name: titles.secretShow }).count()).toBe(0);
    await poll(() => agenda.getByText('Annulé').isVisible()).toBe(true);
    expect(await agenda.getByRole('link', { name: titles.shows[0] }).getAttribute('href')).toBe(`${api.url}/actions/${shows[0].slug}`);

    const articles = listing(page, 'articles');
    await poll(() => articles.getByRole('link', { name: titles.article }).isVisible()).toBe(true);
    expect(await articles.getByRole('link', { name: titles.secretArticle }).count()).toBe(0);
    await poll(() => articles.getByRole('link', { name: 'See everything on the portal' }).isVisible()).toBe(true);

    const themed = listing(page, 'actions');
    expect(await themed.locator('.item a').allTextContents()).toEqual([titles.themeAction]);

    const frame = page.frameLocator('iframe');
    await poll(() => frame.getByRole('link', { name: titles.shows[0] }).isVisible()).toBe(true);
    expect(await frame.getByRole('link', { name: titles.secretShow }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/embeds-host.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps the host page's CSS out: computed styles inside the embed are those of a bare page", async () => {
    const read = (page: Page) =>
      page.evaluate(() => {
        const props = ['display', 'font-size', 'font-family', 'color', 'line-height', 'letter-spacing', 'text-transform', 'margin-top', 'padding-top', 'list-style-type', 'text-decoration-line', 'visibility'];
        const out: Record<string, string> = {};
        for (const host of document.querySelectorAll('convergences-listing')) {
          const root = host.shadowRoot!;
          for (const selector of ['.cv', '.title', '.items', '.item', '.item a', '.meta', '.more a']) {
            const element = root.querySelector(selector);
            if (!element) continue;
            const style = getComputedStyle(element);
            for (const prop of props) out[`${host.getAttribute('kind')} ${selector} ${prop}`] = style.getPropertyValue(prop);
          }
          out[`${host.getAttribute('kind')} :host display`] = getComputedStyle(host).display;
        }
        return out;
      });
    const hostile = await open('/?noframe');
    const bare = await open('/bare?noframe');
    const hostileStyles = await read(hostile.page);
    expect(Object.keys(hostileStyles).length).toBeGreaterThan(100);
    expect(hostileStyles).toEqual(await read(bare.page));
    expect(hostileStyles['agenda .item a font-size']).toBe('16px');
    expect(hostileStyles['agenda .item display']).toBe('flex');
    expect(hostileStyles['actions .item a color']).toBe('rgb(138, 28, 28)');
    expect(hostileStyles['actions .cv font-family']).toBe('Georgia, serif');
    await hostile.context.close();
    await bare.context.close();
  });

  it('sizes the iframe to its content through postMessage, from a fixed-height fallback', async () => {
    const { page, context } = await open('/');
    const iframe = page.locator('iframe');
    expect(await iframe.getAttribute('title')).toBe(`Agenda — ${space.name}`);
    const frame = page.frames().find((f) => f.url().startsWith(`${api.url}/embed/frame`))!;
    await poll(() => frame.evaluate(() => document.querySelector('convergences-listing')?.shadowRoot?.querySelectorAll('.item').length ?? 0)).toBe(3);
    const content = async () => Math.ceil(await frame.evaluate(() => document.documentElement.getBoundingClientRect().height));
    await poll(async () => Math.abs((await iframe.evaluate((e) => e.getBoundingClientRect().height)) - (await content()))).toBeLessThanOrEqual(1);
    const height = await iframe.evaluate((e) => e.getBoundingClientRect().height);
    expect(height).not.toBe(IFRAME_FALLBACK_HEIGHT);
    // The frame's content grows (more items): the iframe follows.
    await frame.evaluate(() => document.querySelector('convergences-listing')!.setAttribute('limit', '5'));
    await poll(() => frame.evaluate(() => document.querySelector('convergences-listing')?.shadowRoot?.querySelectorAll('.item').length ?? 0)).toBe(4);
    await poll(async () => (await iframe.evaluate((e) => e.getBoundingClientRect().height)) > height).toBe(true);
    await poll(async () => Math.abs((await iframe.evaluate((e) => e.getBoundingClientRect().height)) - (await content()))).toBeLessThanOrEqual(1);
    // Styled inside the frame too, under the portal's strict CSP (no inline style).
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector('convergences-listing')!.shadowRoot!.querySelector('.item a')!).fontSize)).toBe('16px');
    await context.close();
  });

  it("sets no cookie and sends nothing to any origin but the portal's and the host's", async () => {
    const { page, context, requests } = await open('/');
    await poll(() => page.frameLocator('iframe').getByRole('link', { name: titles.shows[0] }).isVisible()).toBe(true);
    expect(await context.cookies()).toEqual([]);
    expect(await context.cookies([api.url, hostOrigin])).toEqual([]);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins].sort()).toEqual([api.url, hostOrigin].sort());
    expect(requests.some((url) => url.startsWith(`${api.url}/embed/v1/listing.json?`))).toBe(true);
    await context.close();
  });

  it("reaches the embed's links with Tab, with a visible focus", async () => {
    const { page, context } = await open('/?noframe');
    const reached: string[] = [];
    let outline = '';
    for (let i = 0; i < 12 && !reached.includes(titles.shows[0]); i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active ? { text: active.textContent ?? '', outline: getComputedStyle(active).outlineStyle } : null;
      });
      if (focused) {
        reached.push(focused.text);
        outline = focused.outline;
      }
    }
    expect(reached).toContain(titles.shows[0]);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${api.url}/actions/**`);
    await context.close();
  });

  it('has no serious or critical axe-core violation in the embeds, on the host page and in the iframe', async () => {
    const { page, context } = await open('/');
    const frame = page.frames().find((f) => f.url().startsWith(`${api.url}/embed/frame`))!;
    await poll(() => frame.evaluate(() => document.querySelector('convergences-listing')?.shadowRoot?.querySelectorAll('.item').length ?? 0)).toBe(3);
    type Violation = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
    const audit = async (target: Page | typeof frame, onlyEmbeds: boolean) => {
      // evaluate, not a script tag: the iframe's page keeps the portal's CSP, which forbids inline scripts.
      await target.evaluate(axeSource);
      const violations = await target.evaluate(() =>
        (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: Violation[] }> } }).axe
          .run(document, { iframes: false, resultTypes: ['violations'] })
          .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
      );
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ ...v, nodes: onlyEmbeds ? v.nodes.filter((n) => JSON.stringify(n.target).includes('convergences-listing')) : v.nodes }))
        .filter((v) => v.nodes.length > 0);
    };
    // On the host page, only the embeds are ours to answer for (the hostile CSS fails contrast on purpose).
    expect(await audit(page, true)).toEqual([]);
    expect(await audit(frame, false)).toEqual([]);
    await context.close();
  });

  it('is readable from 320 to 1280 px without horizontal scroll', async () => {
    for (const width of [320, 390, 768, 1280]) {
      const { page, context } = await open('/bare?noframe', width);
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        embeds: [...document.querySelectorAll('convergences-listing')].map((e) => {
          const box = e.shadowRoot!.querySelector('.cv')!;
          return box.scrollWidth - box.clientWidth;
        }),
      }));
      expect(overflow, `${width} px`).toEqual({ page: 0, embeds: [0, 0, 0] });
      if (width === 320) await page.screenshot({ path: '/tmp/embeds-320.png', fullPage: true });
      await context.close();
    }
  });
});
