// The portal's frame around every page: skip link, header with the search box and the language
// switch, the page, footer. After a client-side navigation, reading starts again at the page's top and
// the focus moves to the main region, as a page load would for a screen reader.
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { NavLink } from './routing/NavLink';
import { useCommon } from './i18n/common';
import { useLang } from './i18n/i18n';
import { searchPath } from './routing/paths';
import { ReadinessBanner } from './shared/ReadinessBanner';

export function Frame({ children }: { children: ReactNode }) {
  const t = useCommon();
  const { lang, setLang } = useLang();
  const [pathname] = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#contenu">
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <p className="site-name">
            <Link href="/">{t('siteName')}</Link>
            <span className="tagline">{t('tagline')}</span>
          </p>
          <HeaderSearch />
          <nav aria-label={t('mainNav')}>
            <ul>
              <li>
                <NavLink to="/" end>
                  {t('home')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/explorer">{t('explore')}</NavLink>
              </li>
              <li>
                <NavLink to="/carte">{t('map')}</NavLink>
              </li>
              <li>
                <NavLink to="/agenda">{t('agenda')}</NavLink>
              </li>
              <li>
                <NavLink to="/espace">{t('toolbox')}</NavLink>
              </li>
              <li>
                <button type="button" className="link-button" lang={lang === 'fr' ? 'en' : 'fr'} onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}>
                  {t('switchLanguage')}
                </button>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <ReadinessBanner />
      <main id="contenu" className="wrap" tabIndex={-1} ref={main}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>{t('footer')}</p>
        </div>
      </footer>
    </>
  );
}

/** The search box on every page: submitting opens the results grouped by kind. */
function HeaderSearch() {
  const t = useCommon();
  const [pathname, navigate] = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/recherche' ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  // Follow the address when it changes from outside (Back to another search, a link).
  useEffect(() => setText(current), [current]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (value) navigate(searchPath(value));
  }

  return (
    <form role="search" className="header-search" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {t('search')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        value={text}
        placeholder={t('searchPlaceholder')}
        onChange={(event) => setText(event.target.value)}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
      />
      <button type="submit">{t('searchSubmit')}</button>
    </form>
  );
}
