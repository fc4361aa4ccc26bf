// "Partager et diffuser": what leaves the portal for a listing — subscribe to its agenda (iCalendar),
// follow its articles (RSS, Atom, JSON Feed), download its data (CSV, GeoJSON), and the "Intégrer sur
// mon site" dialog that builds the embed snippets with a live preview. Every address carries the same
// filter as the portal's (api/shared/portal-filter.ts) or names the space.
import { useId, useMemo, useRef, useState } from 'react';
import { DEFAULT_EMBED, EMBED_KINDS, type EmbedKind, type EmbedOptions } from '../../../api/shared/embed-options';
import { embedSnippet } from '../../../api/shared/embed-snippet';
import { EMPTY_FILTER, portalFilterParams, type PortalFilter } from '../../../api/shared/portal-filter';
import { defineMessages, useLang, useT } from '../i18n/i18n';
import './diffusion.css';

const messages = defineMessages(
  'diffusion',
  {
    title: 'Partager et diffuser',
    calendar: 'S’abonner à l’agenda (iCalendar)',
    rss: 'Articles en RSS',
    atom: 'Atom',
    json: 'JSON Feed',
    csv: 'Télécharger en CSV',
    csvBom: 'CSV pour tableur',
    geojson: 'GeoJSON',
    embed: 'Intégrer sur mon site',
    dialogTitle: 'Intégrer sur mon site',
    dialogIntro: 'Copiez ce code dans une page de votre site : la liste s’y affiche et se met à jour toute seule.',
    kind: 'Contenu',
    'kind.agenda': 'Agenda',
    'kind.articles': 'Articles',
    'kind.announcements': 'Annonces',
    'kind.actors': 'Acteurs',
    'kind.actions': 'Actions',
    'kind.map': 'Lieux',
    limit: 'Nombre d’éléments',
    display: 'Présentation',
    full: 'Complète',
    compact: 'Compacte',
    accent: 'Couleur principale',
    font: 'Police (nom CSS, facultatif)',
    language: 'Langue',
    preview: 'Aperçu',
    previewTitle: 'Aperçu de la liste intégrée',
    script: 'Code à copier (recommandé)',
    iframe: 'Variante sans script (iframe)',
    copy: 'Copier',
    copied: 'Copié dans le presse-papiers.',
    copyFailed: 'La copie a échoué : sélectionnez le code et copiez-le à la main.',
    close: 'Fermer',
  },
  {
    title: 'Share and publish',
    calendar: 'Subscribe to the agenda (iCalendar)',
    rss: 'Articles as RSS',
    atom: 'Atom',
    json: 'JSON Feed',
    csv: 'Download as CSV',
    csvBom: 'CSV for spreadsheets',
    geojson: 'GeoJSON',
    embed: 'Embed on my site',
    dialogTitle: 'Embed on my site',
    dialogIntro: 'Paste this code into a page of your site: the listing shows there and keeps itself up to date.',
    kind: 'Content',
    'kind.agenda': 'Agenda',
    'kind.articles': 'Articles',
    'kind.announcements': 'Announcements',
    'kind.actors': 'Actors',
    'kind.actions': 'Actions',
    'kind.map': 'Places',
    limit: 'Number of items',
    display: 'Layout',
    full: 'Full',
    compact: 'Compact',
    accent: 'Main colour',
    font: 'Font (CSS name, optional)',
    language: 'Language',
    preview: 'Preview',
    previewTitle: 'Preview of the embedded listing',
    script: 'Code to copy (recommended)',
    iframe: 'Variant without script (iframe)',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Copying failed: select the code and copy it by hand.',
    close: 'Close',
  },
);

export interface DiffusionProps {
  /** The portal filter of the listing (the explorer's), or none for a space's page. */
  filter?: PortalFilter;
  /** A space (actor, action, partnership) whose own listings these are. */
  space?: { slug: string; name: string; type: 'actor' | 'action' | 'partnership' };
  /** Which listing the embed dialog starts with. */
  kind?: EmbedKind;
}

export function Diffusion({ filter = EMPTY_FILTER, space, kind = 'agenda' }: DiffusionProps) {
  const t = useT(messages);
  const dialog = useRef<HTMLDialogElement>(null);
  // The dialog's content (and its preview's request) exists only while it is open.
  const [open, setOpen] = useState(false);
  const query = portalFilterParams(filter);
  const withSpace = (params: URLSearchParams) => {
    const out = new URLSearchParams(params);
    if (space) out.set('space', space.slug);
    const text = out.toString();
    return text ? `?${text}` : '';
  };
  const calendar = space?.type === 'action' ? `/feeds/actions/${encodeURIComponent(space.slug)}.ics` : `/feeds/agenda.ics${withSpace(query)}`;
  const feeds = (format: string) => `/feeds/articles.${format}${withSpace(query)}`;
  const layer = filter.show.length === 1 ? filter.show[0]! : 'actors';
  const exportQuery = query.toString();
  return (
    <section className="diffusion" aria-labelledby="diffusion-title">
      <h2 id="diffusion-title">{t('title')}</h2>
      <ul className="diffusion-links">
        <li>
          <a href={calendar}>{t('calendar')}</a>
        </li>
        <li>
          <a href={feeds('rss')}>{t('rss')}</a> · <a href={feeds('atom')}>{t('atom')}</a> · <a href={feeds('json')}>{t('json')}</a>
        </li>
        {!space && (
          <li>
            <a href={`/export/${layer}.csv${exportQuery ? `?${exportQuery}` : ''}`}>{t('csv')}</a> ·{' '}
            <a href={`/export/${layer}.csv?${new URLSearchParams([...new URLSearchParams(exportQuery), ['bom', '1']])}`}>{t('csvBom')}</a> ·{' '}
            <a href={`/export/${layer}.geojson${exportQuery ? `?${exportQuery}` : ''}`}>{t('geojson')}</a>
          </li>
        )}
        <li>
          <button
            type="button"
            className="more"
            aria-haspopup="dialog"
            onClick={() => {
              setOpen(true);
              dialog.current?.showModal();
            }}
          >
            {t('embed')}
          </button>
        </li>
      </ul>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-title" onClose={() => setOpen(false)}>
        {open && <EmbedDialog filter={filter} space={space} kind={kind} onClose={() => dialog.current?.close()} />}
      </dialog>
    </section>
  );
}

function EmbedDialog({ filter, space, kind, onClose }: { filter: PortalFilter; space?: DiffusionProps['space']; kind: EmbedKind; onClose(): void }) {
  const t = useT(messages);
  const { lang } = useLang();
  const ids = useId();
  const [options, setOptions] = useState<EmbedOptions>({ ...DEFAULT_EMBED, kind, lang, filter, ...(space ? { space: space.slug } : {}) });
  const [status, setStatus] = useState('');
  const snippet = useMemo(
    () => embedSnippet({ ...options, origin: window.location.origin, ...(space ? { spaceType: space.type, spaceName: space.name } : {}) }),
    [options, space],
  );
  const set = (patch: Partial<EmbedOptions>) => setOptions((previous) => ({ ...previous, ...patch }));
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  return (
    <div className="embed-body">
      <div className="sheet-head">
        <h2 id="embed-title">{t('dialogTitle')}</h2>
        <button type="button" className="link-button" onClick={onClose}>
          {t('close')}
        </button>
      </div>
      <p>{t('dialogIntro')}</p>
      <div className="embed-options">
        <label>
          {t('kind')}
          <select value={options.kind} onChange={(event) => set({ kind: event.target.value as EmbedKind })}>
            {EMBED_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('limit')}
          <input type="number" min={1} max={50} value={options.limit} onChange={(event) => set({ limit: Math.min(50, Math.max(1, Number(event.target.value) || 1)) })} />
        </label>
        <fieldset>
          <legend>{t('display')}</legend>
          {(['full', 'compact'] as const).map((display) => (
            <label key={display} className="check">
              <input type="radio" name={`${ids}-display`} checked={options.display === display} onChange={() => set({ display })} />
              {t(display)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('accent')}
          <input type="color" value={options.accent ?? '#0b5d6b'} onChange={(event) => set({ accent: event.target.value })} />
        </label>
        <label>
          {t('font')}
          <input type="text" value={options.font ?? ''} onChange={(event) => set({ font: /^[A-Za-z0-9 ,'"-]{0,100}$/.test(event.target.value) && event.target.value ? event.target.value : undefined })} />
        </label>
        <label>
          {t('language')}
          <select value={options.lang} onChange={(event) => set({ lang: event.target.value as 'fr' | 'en' })}>
            <option value="fr" lang="fr">
              Français
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </label>
      </div>
      <h3>{t('preview')}</h3>
      {/* The preview is the iframe variant itself: what the host site will show. */}
      <iframe className="embed-preview" src={snippet.frameUrl} title={t('previewTitle')} />
      <Snippet label={t('script')} code={snippet.script} onCopy={copy} />
      <Snippet label={t('iframe')} code={snippet.iframe} onCopy={copy} />
      <p role="status" className="hint">
        {status}
      </p>
    </div>
  );
}

function Snippet({ label, code, onCopy }: { label: string; code: string; onCopy(code: string): void }) {
  const t = useT(messages);
  const id = useId();
  return (
    <div className="snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={code} rows={4} spellCheck={false} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" className="more" onClick={() => onCopy(code)}>
        {t('copy')}
      </button>
    </div>
  );
}
