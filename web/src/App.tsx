// The portal's frame: skip link, header, the page for the current address, footer.
import { useEffect, useMemo, useRef, useState } from 'react';
import { ActionPage } from './action/ActionPage';
import { ActorPage } from './actor/ActorPage';
import { HomePage } from './home/HomePage';
import { I18nContext, initialLang, messages, rememberLang, useI18n, type I18n, type Lang } from './i18n';
import { Link } from './routing/Link';
import { useRoute, type Route } from './routing/useRoute';
import { NotFound } from './shared/NotFound';
import { ReadinessBanner } from './shared/ReadinessBanner';

export function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo<I18n>(
    () => ({
      lang,
      t: messages[lang],
      setLang: (next) => {
        rememberLang(next);
        setLang(next);
      },
    }),
    [lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <I18nContext value={i18n}>
      <Frame />
    </I18nContext>
  );
}

function Frame() {
  const { t, lang, setLang } = useI18n();
  const { pathname, route } = useRoute();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);

  // After a client-side navigation, start reading the new page from its top, as a page load would.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    window.scrollTo(0, 0);
    main.current?.focus();
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#contenu">
        {t.skipLink}
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <p className="site-name">
            <Link href="/">{t.siteName}</Link>
            <span className="tagline">{t.tagline}</span>
          </p>
          <nav aria-label={t.mainNav}>
            <ul>
              <li>
                <Link href="/" aria-current={route.name === 'home' ? 'page' : undefined}>
                  {t.home}
                </Link>
              </li>
              <li>
                <button type="button" className="link-button" lang={t.switchLanguageLang} onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}>
                  {t.switchLanguage}
                </button>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <ReadinessBanner />
      <main id="contenu" className="wrap" tabIndex={-1} ref={main}>
        <Page route={route} />
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <p>{t.footer}</p>
        </div>
      </footer>
    </>
  );
}

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'home':
      return <HomePage />;
    // Keyed by slug: another entity is a new page, not the previous one updating.
    case 'actor':
      return <ActorPage key={route.slug} slug={route.slug} />;
    case 'action':
      return <ActionPage key={route.slug} slug={route.slug} />;
    case 'notFound':
      return <NotFound />;
  }
}
