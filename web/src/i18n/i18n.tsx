// Languages of the portal: French first, English through the switch. Messages are ICU strings
// formatted by react-intl (FormatJS): plurals, numbers and dates follow the locale's own rules.
// Each feature keeps its words beside its code in a catalog (`defineMessages`), so a lazily loaded
// route brings its own messages and the two languages cannot drift apart (English must have every
// French key: the type says so).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider, useIntl, type IntlShape } from 'react-intl';

export type Lang = 'fr' | 'en';

export const LOCALES: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

const STORAGE_KEY = 'convergences.lang';

/** The visitor's chosen language, French unless they picked English before. */
function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for the page only.
  }
}

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangState>({ lang: 'fr', setLang: () => {} });

/** Messages come from the catalogs as default messages: a missing id is expected, not an error. */
function onIntlError(error: { code?: string }): void {
  if (error.code === 'MISSING_TRANSLATION') return;
  console.error(error);
}

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    rememberLang(next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const state = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return (
    <LangContext value={state}>
      {/* The catalogs' strings are the messages, given as default messages in the current language:
          react-intl formats a default message with `defaultLocale`, so that is the current locale too. */}
      <IntlProvider locale={LOCALES[lang]} defaultLocale={LOCALES[lang]} messages={{}} onError={onIntlError}>
        {children}
      </IntlProvider>
    </LangContext>
  );
}

export function useLang(): LangState & { locale: string } {
  const state = useContext(LangContext);
  return { ...state, locale: LOCALES[state.lang] };
}

/** A feature's words in both languages; English must define every French key. */
export interface Catalog<K extends string> {
  namespace: string;
  fr: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<K extends string>(namespace: string, fr: Record<K, string>, en: NoInfer<Record<K, string>>): Catalog<K> {
  return { namespace, fr, en };
}

export type Values = Record<string, string | number | boolean | Date | null | undefined | ((chunks: ReactNode[]) => ReactNode) | ReactNode>;

export interface Translator<K extends string> {
  (key: K, values?: Record<string, string | number | Date | null | undefined>): string;
  /** For messages with rich parts (`<b>…</b>` tags given as functions, or elements as values). */
  rich(key: K, values: Values): ReactNode;
  intl: IntlShape;
  lang: Lang;
  locale: string;
}

/** Formats a catalog's messages in the current language. */
export function useT<K extends string>(catalog: Catalog<K>): Translator<K> {
  const intl = useIntl();
  const { lang } = useContext(LangContext);
  return useMemo(() => {
    const messages = catalog[lang];
    const describe = (key: K) => ({ id: `${catalog.namespace}.${key}`, defaultMessage: messages[key] });
    const t = ((key: K, values?: Record<string, string | number | Date | null | undefined>) =>
      intl.formatMessage(describe(key), values as Record<string, string>) as string) as Translator<K>;
    t.rich = (key, values) => intl.formatMessage(describe(key), values as Record<string, ReactNode>) as ReactNode;
    t.intl = intl;
    t.lang = lang;
    t.locale = LOCALES[lang];
    return t;
  }, [intl, lang, catalog]);
}

/** The language the territory's content is written in (names, descriptions, articles). */
export const CONTENT_LANG: Lang = 'fr';

/**
 * The `lang` attribute for content shown in the interface: set when the interface speaks another
 * language, so a screen reader reads "Fête de la musique" in French inside an English page.
 */
export function useContentLang(): Lang | undefined {
  const { lang } = useContext(LangContext);
  return lang === CONTENT_LANG ? undefined : CONTENT_LANG;
}
