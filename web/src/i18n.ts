// The portal's words, French first. Every visible text comes from here, so a language is one object.
import { createContext, useContext } from 'react';
import type { ActionKind, ActionStatus, ActorKind } from './gql/graphql';

export type Lang = 'fr' | 'en';

/** Picks the plural form of a count with the language's own rules (French: 0 and 1 are singular). */
function plural(lang: Lang, n: number, one: string, other: string): string {
  const form = new Intl.PluralRules(lang).select(n) === 'one' ? one : other;
  return `${new Intl.NumberFormat(lang).format(n)} ${form}`;
}

const fr = {
  locale: 'fr-FR',
  siteName: 'Convergences',
  tagline: 'Qui fait quoi sur le territoire',
  skipLink: 'Aller au contenu',
  mainNav: 'Navigation principale',
  home: 'Accueil',
  switchLanguage: 'English',
  switchLanguageLang: 'en' as Lang,
  homeTitle: 'Acteurs et actions du territoire',
  homeIntro: 'Associations, institutions, collectifs, artistes… et ce qu’ils font : événements, projets, activités.',
  search: 'Rechercher',
  searchHint: 'Filtre les acteurs et les actions par nom ou description.',
  actors: 'Acteurs',
  actions: 'Actions',
  actorCount: (n: number) => plural('fr', n, 'acteur', 'acteurs'),
  actionCount: (n: number) => plural('fr', n, 'action', 'actions'),
  shown: (n: number) => `${n} affichés`,
  loading: 'Chargement…',
  loadingDemo: 'Chargement des données de démonstration…',
  loadFailed: 'Le chargement a échoué.',
  retry: 'Réessayer',
  more: 'Voir plus',
  moreActors: 'Voir plus d’acteurs',
  moreActions: 'Voir plus d’actions',
  noResult: 'Aucun résultat.',
  undated: 'Sans date',
  asOf: 'À la date du',
  asOfHint: 'Montre les liens tels qu’ils étaient ce jour-là.',
  asOfShown: (date: string) => `Vue au ${date}.`,
  today: 'Aujourd’hui',
  website: 'Site web',
  partOf: 'Fait partie de',
  includes: 'Comprend',
  carriedActions: 'Actions portées',
  takesPartIn: 'Participe à',
  carriedBy: 'Porté par',
  participants: 'Avec la participation de',
  places: 'Lieux',
  themes: 'Thèmes',
  partnerships: 'Partenariats',
  with: 'avec',
  notFoundTitle: 'Introuvable',
  notFoundText: 'Aucune page ne correspond à cette adresse. Elle a peut-être changé, ou n’a jamais existé.',
  backHome: 'Revenir à l’accueil',
  footer: 'Convergences : les acteurs et les actions du territoire, en un seul graphe, dans l’espace et le temps.',
  actorKinds: {
    ASSOCIATION: 'Association',
    INSTITUTION: 'Institution',
    COOPERATIVE: 'Coopérative',
    COMPANY: 'Entreprise ou commerce',
    COLLECTIVE: 'Collectif',
    NETWORK: 'Réseau',
    SERVICE: 'Service',
    ARTIST: 'Artiste',
    CRAFTSPERSON: 'Artisan',
    OTHER: 'Autre',
  } satisfies Record<ActorKind, string>,
  actionKinds: {
    EVENT: 'Événement',
    PROJECT: 'Projet',
    ACTIVITY: 'Activité',
    FESTIVAL: 'Festival',
    SHOW: 'Spectacle',
    WORKSHOP: 'Atelier',
    MEETING: 'Réunion',
    EXHIBITION: 'Exposition',
    OTHER: 'Autre',
  } satisfies Record<ActionKind, string>,
  statuses: {
    SCHEDULED: 'Programmé',
    CANCELLED: 'Annulé',
    POSTPONED: 'Reporté',
    FULL: 'Complet',
  } satisfies Record<ActionStatus, string>,
};

export type Messages = typeof fr;

const en: Messages = {
  locale: 'en-GB',
  siteName: 'Convergences',
  tagline: 'Who does what in the territory',
  skipLink: 'Skip to content',
  mainNav: 'Main navigation',
  home: 'Home',
  switchLanguage: 'Français',
  switchLanguageLang: 'fr',
  homeTitle: 'Actors and actions of the territory',
  homeIntro: 'Associations, institutions, collectives, artists… and what they do: events, projects, activities.',
  search: 'Search',
  searchHint: 'Filters actors and actions by name or description.',
  actors: 'Actors',
  actions: 'Actions',
  actorCount: (n) => plural('en', n, 'actor', 'actors'),
  actionCount: (n) => plural('en', n, 'action', 'actions'),
  shown: (n) => `${n} shown`,
  loading: 'Loading…',
  loadingDemo: 'Loading the demo data…',
  loadFailed: 'Loading failed.',
  retry: 'Try again',
  more: 'Show more',
  moreActors: 'Show more actors',
  moreActions: 'Show more actions',
  noResult: 'No results.',
  undated: 'No date',
  asOf: 'As of',
  asOfHint: 'Shows the links as they were on that day.',
  asOfShown: (date) => `As of ${date}.`,
  today: 'Today',
  website: 'Website',
  partOf: 'Part of',
  includes: 'Includes',
  carriedActions: 'Actions carried',
  takesPartIn: 'Takes part in',
  carriedBy: 'Carried by',
  participants: 'With the participation of',
  places: 'Places',
  themes: 'Themes',
  partnerships: 'Partnerships',
  with: 'with',
  notFoundTitle: 'Not found',
  notFoundText: 'No page matches this address. It may have changed, or never existed.',
  backHome: 'Back to the home page',
  footer: 'Convergences: the actors and actions of the territory, as one graph in space and time.',
  actorKinds: {
    ASSOCIATION: 'Association',
    INSTITUTION: 'Institution',
    COOPERATIVE: 'Cooperative',
    COMPANY: 'Company or shop',
    COLLECTIVE: 'Collective',
    NETWORK: 'Network',
    SERVICE: 'Service',
    ARTIST: 'Artist',
    CRAFTSPERSON: 'Craftsperson',
    OTHER: 'Other',
  },
  actionKinds: {
    EVENT: 'Event',
    PROJECT: 'Project',
    ACTIVITY: 'Activity',
    FESTIVAL: 'Festival',
    SHOW: 'Show',
    WORKSHOP: 'Workshop',
    MEETING: 'Meeting',
    EXHIBITION: 'Exhibition',
    OTHER: 'Other',
  },
  statuses: {
    SCHEDULED: 'Scheduled',
    CANCELLED: 'Cancelled',
    POSTPONED: 'Postponed',
    FULL: 'Full',
  },
};

export const messages: Record<Lang, Messages> = { fr, en };

const STORAGE_KEY = 'convergences.lang';

/** The visitor's chosen language, French unless they picked English before. */
export function initialLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

export function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for the page only.
  }
}

export interface I18n {
  lang: Lang;
  t: Messages;
  setLang(lang: Lang): void;
}

export const I18nContext = createContext<I18n>({ lang: 'fr', t: fr, setLang: () => {} });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
