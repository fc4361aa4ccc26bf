// The home page: what the portal is, the search box, what is on next and who acts in the territory,
// with ways into the explorer, the map and the agenda.
import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { defineMessages, useT } from '../i18n/i18n';
import { searchPath } from '../routing/paths';
import { useDocumentTitle } from '../shared/useDocumentTitle';
import { ActionList } from './ActionList';
import { ActorList } from './ActorList';

const messages = defineMessages(
  'home',
  {
    title: 'Acteurs et actions du territoire',
    intro: 'Associations, institutions, collectifs, artistes… et ce qu’ils font : événements, projets, activités.',
    search: 'Rechercher sur le portail',
    searchHint: 'Acteurs, actions, lieux et articles ; les accents et les majuscules sont ignorés.',
    submit: 'Chercher',
    ways: 'Parcourir',
    explore: 'Explorer avec des filtres',
    map: 'Voir la carte',
    agenda: 'Consulter l’agenda',
  },
  {
    title: 'Actors and actions of the territory',
    intro: 'Associations, institutions, collectives, artists… and what they do: events, projects, activities.',
    search: 'Search the portal',
    searchHint: 'Actors, actions, places and articles; accents and capitals are ignored.',
    submit: 'Search',
    ways: 'Browse',
    explore: 'Explore with filters',
    map: 'See the map',
    agenda: 'Read the agenda',
  },
);

export function HomePage() {
  const t = useT(messages);
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  useDocumentTitle(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (text.trim()) navigate(searchPath(text.trim()));
  }

  return (
    <>
      <div className="intro">
        <h1>{t('title')}</h1>
        <p>{t('intro')}</p>
      </div>
      <form role="search" className="search" onSubmit={submit}>
        <label htmlFor="search">{t('search')}</label>
        <div className="search-row">
          <input
            id="search"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-describedby="search-hint"
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
          />
          <button type="submit">{t('submit')}</button>
        </div>
        <p id="search-hint" className="hint">
          {t('searchHint')}
        </p>
      </form>
      <nav aria-label={t('ways')} className="ways">
        <ul>
          <li>
            <Link href="/explorer">{t('explore')}</Link>
          </li>
          <li>
            <Link href="/carte">{t('map')}</Link>
          </li>
          <li>
            <Link href="/agenda">{t('agenda')}</Link>
          </li>
        </ul>
      </nav>
      <div className="columns">
        <ActionList filter={null} />
        <ActorList filter={null} />
      </div>
    </>
  );
}
