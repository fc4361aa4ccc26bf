// The home page: one search box over two lists, actors and actions. The search is kept in the
// address (?q=) so that "back" from an entity page returns to the same results.
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n';
import { replaceSearchParam, useRoute } from '../routing/useRoute';
import { useDebouncedValue } from '../shared/useDebouncedValue';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { ActionList } from './ActionList';
import { ActorList } from './ActorList';

const SEARCH_DELAY_MS = 300;

export function HomePage() {
  const { t } = useI18n();
  const { params } = useRoute();
  const urlSearch = params.get('q') ?? '';
  const [text, setText] = useState(urlSearch);
  const search = useDebouncedValue(text.trim(), SEARCH_DELAY_MS) || null;
  useDocumentTitle(null);

  // The last search written to the address, to tell our own updates from outside ones.
  const written = useRef(urlSearch);

  useEffect(() => {
    written.current = search ?? '';
    replaceSearchParam('q', search);
  }, [search]);

  // The address changed from outside (the "Accueil" link clears the search): follow it.
  useEffect(() => {
    if (urlSearch === written.current) return;
    written.current = urlSearch;
    setText(urlSearch);
  }, [urlSearch]);

  return (
    <>
      <div className="intro">
        <h1>{t.homeTitle}</h1>
        <p>{t.homeIntro}</p>
      </div>
      <form role="search" className="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="search">{t.search}</label>
        <input
          id="search"
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="search-hint"
          autoComplete="off"
          spellCheck={false}
        />
        <p id="search-hint" className="hint">
          {t.searchHint}
        </p>
      </form>
      <div className="columns">
        <ActorList text={search} />
        <ActionList text={search} />
      </div>
    </>
  );
}
