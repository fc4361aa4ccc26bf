// The demo territory: Saint-Brieuc Armor Agglomération (Côtes-d'Armor), as typed data that
// load-demo.ts writes through the API's own mutations. Every actor, action and partnership here is
// invented; only the communes, their INSEE codes and postal codes are real.
//
// The demo never ages: its dates are written once below (as for a load between the end of August
// 2025 and that of 2026) and demoData(today, zone) moves them to the day it is loaded. The rule:
// - Everything moves by the same whole number of weeks, as close to whole years as weeks allow, so
//   weekdays hold (a Wednesday series stays on Wednesdays, a Saturday show on a Saturday) and so do
//   seasons, within three days (Christmas markets stay in December, the summer festival in summer).
//   The years written in slugs, names and texts move with them ("Les Estivales de la Baie 2026").
// - How many years: the most that leaves last year's festival edition closed before the load day.
//   So the current edition is running or coming (it closed at most a week before, in the few years
//   where 52 weeks fall short of a year), last year's is in the archive with its links ended, and the
//   written data around them always gives seven months of past and eight of future.
// - A few items are placed from the load day itself, so that something is "now" on any day: the
//   weekly story time runs (started eight weeks ago, with a skipped and a moved session in the coming
//   weeks), a digital workshop is next week, the festival's programme article is from last month.
// - Nothing is dated after the load day that cannot be: links start, and articles and announcements
//   are published, on that day at the latest.
// The same load day and zone give the same data (tests/demo.test.ts checks it). Calendar arithmetic
// goes through Temporal (temporal-polyfill), in the territory's zone, never by hand across DST.
// validateDemoData() checks the data against itself and against the official list of the EPCI's
// member communes, so a mistake shows up before anything reaches a database.
import { isAllowed } from '../link/link-rules.js';
import type { EntityType } from '../records.js';
import { createRequire } from 'node:module';
import { Temporal } from 'temporal-polyfill';

// Plain unions rather than the codegen types, so the demo data stands on its own; they mirror
// the enums of schema.graphql.
export type DemoActorKind =
  | 'ASSOCIATION'
  | 'INSTITUTION'
  | 'COOPERATIVE'
  | 'COMPANY'
  | 'COLLECTIVE'
  | 'NETWORK'
  | 'SERVICE'
  | 'ARTIST'
  | 'CRAFTSPERSON'
  | 'OTHER';
export type DemoActionKind = 'EVENT' | 'PROJECT' | 'ACTIVITY' | 'FESTIVAL' | 'SHOW' | 'WORKSHOP' | 'MEETING' | 'EXHIBITION' | 'OTHER';
export type DemoActionStatus = 'SCHEDULED' | 'CANCELLED' | 'POSTPONED' | 'FULL';
export type DemoVisibility = 'PUBLIC' | 'MEMBERS';
export type DemoLinkType = 'PART_OF' | 'CARRIES' | 'TAKES_PART_IN' | 'LOCATED_AT' | 'TAGGED' | 'PARTY_TO' | 'CONCERNS' | 'BROADER';

/** A theme; `broader` names themes listed before it. */
export interface DemoTheme {
  slug: string;
  name: string;
  description: string;
  broader?: string[];
}

/** A place, put in its commune by INSEE code. */
export interface DemoPlace {
  slug: string;
  name: string;
  location: { latitude: number; longitude: number };
  address: { street: string; postalCode: string; city: string };
  /** INSEE code of a member commune of the agglomeration. */
  communeCode: string;
  accessibility?: {
    wheelchair?: boolean;
    hearing?: boolean;
    sight?: boolean;
    intellectual?: boolean;
    notes?: string;
  };
}

/** An actor; `parents`, `places` and `themes` are linked at creation, dated `since`. */
export interface DemoActor {
  slug: string;
  name: string;
  kind: DemoActorKind;
  description: string;
  website?: string;
  visibility?: DemoVisibility;
  /** Actors listed before this one. */
  parents?: string[];
  places: string[];
  themes: string[];
  /** Start of the links created with the actor (calendar date in the demo's zone). */
  since: string;
}

/**
 * An action. All-day actions give calendar dates (`endsAt` is the last day, inclusive); timed ones
 * give ISO date-times with the zone's offset of that date (in Paris +01:00 in winter, +02:00 in summer).
 */
export interface DemoAction {
  slug: string;
  name: string;
  kind: DemoActionKind;
  description: string;
  status?: DemoActionStatus;
  startsAt: string;
  endsAt?: string;
  allDay?: boolean;
  visibility?: DemoVisibility;
  /** Actions listed before this one, linked at creation. Dated links go in DEMO_LINKS instead. */
  parents?: string[];
  carriers: string[];
  participants?: string[];
  places: string[];
  themes: string[];
  /** Start of the links created with the action; demoData() fills it in (see linksSince()). */
  since?: string;
}

/** A partnership between two or more actors, optionally tied to actions. */
export interface DemoPartnership {
  slug: string;
  name: string;
  description: string;
  parties: string[];
  actions?: string[];
  themes?: string[];
  since: string;
  until?: string;
}

/**
 * A link with dates of its own, created with createLink once every entity exists. When `until` is
 * given the link is created open and then ended with endLink, as it happened: it was current,
 * then it stopped.
 */
export interface DemoLink {
  type: DemoLinkType;
  /** Slug of the entity the link starts from (the child for PART_OF). Slugs are unique across the demo. */
  from: string;
  to: string;
  since: string;
  until?: string;
}

/** SIREN of Saint-Brieuc Armor Agglomération in the official EPCI list. */
export const DEMO_EPCI_CODE = '200069409';

/** The territory's zone: the demo's dates are calendar days and wall-clock times there. */
export const DEMO_TIME_ZONE = 'Europe/Paris';

/** The town: its slug carries no year, so its presence tells that the demo is loaded, whatever the day. */
export const DEMO_TOWN_SLUG = 'ville-de-saint-brieuc';

/**
 * The entities the seed's canonical example is made of, as written (years of the written window);
 * demoData() gives them for a load day in `slugs`.
 */
const WRITTEN_SLUGS = {
  town: DEMO_TOWN_SLUG,
  agglomeration: 'saint-brieuc-armor-agglomeration',
  culturalService: 'direction-culture-saint-brieuc',
  mediaLibrary: 'mediatheque-du-plateau',
  circusCompany: 'compagnie-les-funambules-du-legue',
  /** The current edition of the festival: running or coming on the load day. */
  festival: 'les-estivales-de-la-baie-2026',
  /** Last year's edition, in the archive: its shows' links ended when it closed. */
  archiveFestival: 'les-estivales-de-la-baie-2025',
  circusShow: 'cabaret-sous-chapiteau-2026',
  partnership: 'convention-funambules-ville-de-saint-brieuc',
  archiveShows: ['ouverture-estivales-2025-trio-ker-avel', 'la-traversee-theatre-de-rue-2025', 'funambules-au-crepuscule-2025'],
  shows: ['cabaret-sous-chapiteau-2026', 'bal-folk-des-promenades-2026', 'maree-haute-theatre-de-rue-2026', 'nuit-des-fanfares-2026'],
  network: 'reseau-solidarites-en-baie',
  /** An association that is part of two networks at once. */
  multiParentActor: 'les-jardins-de-la-greve',
  /** Third level of network > association > antenne. */
  antenna: 'jardins-de-la-greve-antenne-yffiniac',
  /** A member that left the network: its PART_OF link ended at the end of 2024 (as written). */
  formerMember: 'repair-cafe-du-legue',
  circusArtsTheme: 'arts-du-cirque',
  cultureTheme: 'culture',
  /** A weekly series running on the load day. */
  weeklySeries: 'heure-du-conte',
  /** A workshop in the week after the load day. */
  nextWeekWorkshop: 'ateliers-d-initiation-au-numerique',
  /** The festival's programme article, published a month before the load day. */
  programmeArticleTitle: 'Les Estivales de la Baie 2026 dévoilent leur programme',
};

export type DemoSlugs = { readonly [K in keyof typeof WRITTEN_SLUGS]: (typeof WRITTEN_SLUGS)[K] extends string[] ? readonly string[] : string };

/** Dates of the canonical example that tests can assert, for a load day. */
export interface DemoFacts {
  /** Asked as of this date, the archive edition shows its 3 shows; asked on the load day, none. */
  archiveAsOf: string;
  archivePartOfSince: string;
  /** The day after the archive edition closed: its shows' links ended then. */
  archivePartOfUntil: string;
  /** The current edition's programme: its shows are part of it from this day. */
  programmeSince: string;
  partnershipSince: string;
  /** The former member was part of the network on this day. */
  formerMemberAsOf: string;
}

/** Written dates of the canonical example (the rest are in the data). */
const WRITTEN_FACTS: DemoFacts = {
  archiveAsOf: '2025-07-15',
  archivePartOfSince: '2025-04-15',
  archivePartOfUntil: '2025-08-25',
  programmeSince: '2026-05-01',
  partnershipSince: '2025-03-01',
  formerMemberAsOf: '2024-06-01',
};

export const DEMO_THEMES: readonly DemoTheme[] = [
  { slug: 'culture', name: 'Culture', description: 'Création artistique, patrimoine, diffusion et pratiques culturelles sur le territoire.' },
  {
    slug: 'spectacle-vivant',
    name: 'Spectacle vivant',
    description: 'Théâtre, cirque, musique, danse : tout ce qui se joue devant un public.',
    broader: ['culture'],
  },
  {
    slug: 'arts-du-cirque',
    name: 'Arts du cirque',
    description: 'Acrobatie, jonglage, fil, trapèze, clown : le cirque sous chapiteau ou dans la rue.',
    broader: ['spectacle-vivant'],
  },
  { slug: 'theatre', name: 'Théâtre', description: 'Théâtre en salle, en appartement ou dans l’espace public.', broader: ['spectacle-vivant'] },
  {
    slug: 'musiques-actuelles',
    name: 'Musiques actuelles et traditionnelles',
    description: 'Concerts, bals, fest-noz et fanfares, des musiques bretonnes aux musiques amplifiées.',
    broader: ['spectacle-vivant'],
  },
  { slug: 'arts-visuels', name: 'Arts visuels', description: 'Peinture, illustration, photographie, céramique et expositions.', broader: ['culture'] },
  {
    slug: 'lecture-et-ecriture',
    name: 'Lecture et écriture',
    description: 'Bibliothèques, librairies, rencontres d’auteurs et ateliers d’écriture.',
    broader: ['culture'],
  },
  { slug: 'alimentation', name: 'Alimentation', description: 'Se nourrir localement, sainement et à un prix juste.' },
  { slug: 'solidarite', name: 'Solidarité', description: 'Entraide, lutte contre l’isolement et la précarité, accès de toutes et tous aux droits.' },
  {
    slug: 'aide-alimentaire',
    name: 'Aide alimentaire',
    description: 'Épiceries solidaires, collectes et distributions de denrées.',
    broader: ['solidarite', 'alimentation'],
  },
  { slug: 'environnement', name: 'Environnement', description: 'Préserver la baie, ses paysages et sa biodiversité, réduire nos déchets.' },
  {
    slug: 'jardins-partages',
    name: 'Jardins partagés',
    description: 'Jardins cultivés ensemble, en pied d’immeuble ou en bord de grève.',
    broader: ['environnement'],
  },
  {
    slug: 'biodiversite-et-littoral',
    name: 'Biodiversité et littoral',
    description: 'Oiseaux, estran, dunes et prés salés de la baie de Saint-Brieuc.',
    broader: ['environnement'],
  },
  { slug: 'sport', name: 'Sport', description: 'Pratiques sportives de loisir et de compétition, pour tous les âges.' },
  { slug: 'sports-nautiques', name: 'Sports nautiques', description: 'Voile, kayak, aviron et longe-côte dans la baie.', broader: ['sport'] },
  {
    slug: 'education-populaire',
    name: 'Éducation populaire',
    description: 'Apprendre ensemble, hors de l’école, à tout âge : ateliers, débats, chantiers collectifs.',
  },
  {
    slug: 'economie-sociale-et-solidaire',
    name: 'Économie sociale et solidaire',
    description: 'Coopératives, associations employeuses et entreprises à utilité sociale.',
  },
  { slug: 'numerique', name: 'Numérique', description: 'Outils, usages et cultures numériques, logiciels libres et données ouvertes.' },
  {
    slug: 'inclusion-numerique',
    name: 'Inclusion numérique',
    description: 'Accompagner celles et ceux qui sont éloignés du numérique dans leurs démarches et leurs usages.',
    broader: ['numerique', 'solidarite'],
  },
];

export const DEMO_PLACES: readonly DemoPlace[] = [
  {
    slug: 'hotel-de-ville-de-saint-brieuc',
    name: 'Hôtel de ville de Saint-Brieuc',
    location: { latitude: 48.5137, longitude: -2.7654 },
    address: { street: 'Place du Général de Gaulle', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
    accessibility: { wheelchair: true, hearing: true, notes: 'Entrée accessible par la rue latérale ; boucle magnétique à l’accueil.' },
  },
  {
    slug: 'siege-saint-brieuc-armor-agglomeration',
    name: 'Siège de Saint-Brieuc Armor Agglomération',
    location: { latitude: 48.5098, longitude: -2.769 },
    address: { street: '5 rue du 71e Régiment d’Infanterie', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
    accessibility: { wheelchair: true },
  },
  {
    slug: 'parc-des-promenades',
    name: 'Parc des Promenades',
    location: { latitude: 48.5112, longitude: -2.762 },
    address: { street: 'Allée des Promenades', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
    accessibility: { wheelchair: true, notes: 'Allées stabilisées ; toilettes adaptées près du kiosque.' },
  },
  {
    slug: 'esplanade-du-port-du-legue',
    name: 'Esplanade du port du Légué',
    location: { latitude: 48.5265, longitude: -2.7445 },
    address: { street: 'Quai Armez', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
    accessibility: { wheelchair: true, notes: 'Chapiteau de plain-pied, places réservées au premier rang.' },
  },
  {
    slug: 'batiment-mediatheque-du-plateau',
    name: 'Médiathèque du Plateau (bâtiment)',
    location: { latitude: 48.5158, longitude: -2.7598 },
    address: { street: '12 rue du Plateau', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
    accessibility: {
      wheelchair: true,
      hearing: true,
      sight: true,
      intellectual: true,
      notes: 'Ascenseur, livres en gros caractères et en FALC, boucle magnétique en salle d’animation.',
    },
  },
  {
    slug: 'maison-de-quartier-balzac',
    name: 'Maison de quartier Balzac',
    location: { latitude: 48.5035, longitude: -2.7485 },
    address: { street: '5 rue Honoré de Balzac', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
    accessibility: { wheelchair: true, intellectual: true },
  },
  {
    slug: 'gymnase-des-villages',
    name: 'Gymnase des Villages',
    location: { latitude: 48.506, longitude: -2.779 },
    address: { street: '18 rue des Villages', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
    accessibility: { wheelchair: true, notes: 'Tribune accessible par l’entrée est.' },
  },
  {
    slug: 'la-ruche-numerique',
    name: 'La Ruche numérique',
    location: { latitude: 48.5074, longitude: -2.762 },
    address: { street: '8 boulevard Charner', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
    accessibility: { wheelchair: false, notes: 'Premier étage sans ascenseur ; ateliers déplacés au rez-de-chaussée sur demande.' },
  },
  {
    slug: 'local-epi-du-gouet',
    name: 'Local de L’Épi du Gouët',
    location: { latitude: 48.5195, longitude: -2.756 },
    address: { street: '27 rue du Gouët', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
  },
  {
    slug: 'librairie-la-baie-des-pages-boutique',
    name: 'Boutique de la Baie des Pages',
    location: { latitude: 48.514, longitude: -2.761 },
    address: { street: '4 rue Saint-Guillaume', postalCode: '22000', city: 'Saint-Brieuc' },
    communeCode: '22278',
  },
  {
    slug: 'hotel-de-ville-de-plerin',
    name: 'Hôtel de ville de Plérin',
    location: { latitude: 48.5347, longitude: -2.7706 },
    address: { street: '2 rue de l’Espérance', postalCode: '22190', city: 'Plérin' },
    communeCode: '22187',
    accessibility: { wheelchair: true },
  },
  {
    slug: 'atelier-du-port-plerin',
    name: 'Atelier du Port',
    location: { latitude: 48.529, longitude: -2.7395 },
    address: { street: '14 rue de la Tour', postalCode: '22190', city: 'Plérin' },
    communeCode: '22187',
  },
  {
    slug: 'salle-des-rosaires',
    name: 'Salle des Rosaires',
    location: { latitude: 48.5455, longitude: -2.719 },
    address: { street: 'Boulevard de la Plage', postalCode: '22190', city: 'Plérin' },
    communeCode: '22187',
    accessibility: { wheelchair: true, hearing: true },
  },
  {
    slug: 'jardin-des-greves-langueux',
    name: 'Jardin partagé des Grèves',
    location: { latitude: 48.5065, longitude: -2.712 },
    address: { street: 'Chemin des Grèves', postalCode: '22360', city: 'Langueux' },
    communeCode: '22106',
    accessibility: { wheelchair: true, notes: 'Deux bacs surélevés pour jardiner assis.' },
  },
  {
    slug: 'tiers-lieu-la-fabrique-tregueux',
    name: 'Tiers-lieu La Fabrique',
    location: { latitude: 48.4885, longitude: -2.7385 },
    address: { street: '3 rue de la Ville Junguenay', postalCode: '22950', city: 'Trégueux' },
    communeCode: '22360',
    accessibility: { wheelchair: true, intellectual: true },
  },
  {
    slug: 'espace-des-villes-moisan',
    name: 'Espace des Villes-Moisan',
    location: { latitude: 48.4905, longitude: -2.7965 },
    address: { street: 'Rue des Villes-Moisan', postalCode: '22440', city: 'Ploufragan' },
    communeCode: '22215',
    accessibility: { wheelchair: true, hearing: true },
  },
  {
    slug: 'brasserie-des-mouettes-rieuses',
    name: 'Brasserie des Mouettes Rieuses',
    location: { latitude: 48.479, longitude: -2.788 },
    address: { street: '9 rue de l’Artisanat', postalCode: '22440', city: 'Ploufragan' },
    communeCode: '22215',
  },
  {
    slug: 'ferme-des-greves-hillion',
    name: 'Ferme des Grèves',
    location: { latitude: 48.52, longitude: -2.659 },
    address: { street: 'Lieu-dit Les Grèves', postalCode: '22120', city: 'Hillion' },
    communeCode: '22081',
    accessibility: { wheelchair: false, notes: 'Chemin en terre jusqu’à la grève ; prévoir des bottes.' },
  },
  {
    slug: 'halle-d-yffiniac',
    name: 'Halle d’Yffiniac',
    location: { latitude: 48.4843, longitude: -2.6772 },
    address: { street: 'Place de la Mairie', postalCode: '22120', city: 'Yffiniac' },
    communeCode: '22389',
    accessibility: { wheelchair: true },
  },
  {
    slug: 'grange-du-vau-pordic',
    name: 'Grange du Vau',
    location: { latitude: 48.5705, longitude: -2.8175 },
    address: { street: 'Rue du Vau', postalCode: '22590', city: 'Pordic' },
    communeCode: '22251',
  },
  {
    slug: 'quai-de-la-jetee-binic',
    name: 'Quai de la Jetée',
    location: { latitude: 48.6008, longitude: -2.824 },
    address: { street: 'Quai de la Jetée', postalCode: '22520', city: 'Binic-Étables-sur-Mer' },
    communeCode: '22055',
    accessibility: { wheelchair: true },
  },
  {
    slug: 'port-d-armor-saint-quay',
    name: 'Base nautique du port d’Armor',
    location: { latitude: 48.6515, longitude: -2.8195 },
    address: { street: 'Port d’Armor', postalCode: '22410', city: 'Saint-Quay-Portrieux' },
    communeCode: '22325',
    accessibility: { wheelchair: true, notes: 'Ponton accessible ; fauteuil de mise à l’eau sur réservation.' },
  },
  {
    slug: 'chapelle-des-arts-quintin',
    name: 'Chapelle des Arts',
    location: { latitude: 48.4035, longitude: -2.9105 },
    address: { street: 'Rue Notre-Dame', postalCode: '22800', city: 'Quintin' },
    communeCode: '22262',
    accessibility: { wheelchair: true, sight: true, notes: 'Visites tactiles sur rendez-vous.' },
  },
  {
    slug: 'boutique-du-fournil-quintin',
    name: 'Boutique du Fournil',
    location: { latitude: 48.403, longitude: -2.9125 },
    address: { street: '21 Grande Rue', postalCode: '22800', city: 'Quintin' },
    communeCode: '22262',
  },
  {
    slug: 'base-nature-de-plaintel',
    name: 'Base nature de Plaintel',
    location: { latitude: 48.4085, longitude: -2.8165 },
    address: { street: 'Route de l’Étang', postalCode: '22940', city: 'Plaintel' },
    communeCode: '22171',
  },
  {
    slug: 'salle-du-chene-pledran',
    name: 'Salle du Chêne',
    location: { latitude: 48.4455, longitude: -2.747 },
    address: { street: 'Rue du Chêne', postalCode: '22960', city: 'Plédran' },
    communeCode: '22176',
    accessibility: { wheelchair: true },
  },
];

const WRITTEN_ACTORS: DemoActor[] = [
  {
    slug: 'saint-brieuc-armor-agglomeration',
    name: 'Saint-Brieuc Armor Agglomération',
    kind: 'INSTITUTION',
    description:
      'Communauté d’agglomération de 32 communes autour de la baie de Saint-Brieuc. Elle porte les transports, le développement économique et une partie de l’action culturelle.',
    places: ['siege-saint-brieuc-armor-agglomeration'],
    themes: ['economie-sociale-et-solidaire', 'environnement'],
    since: '2017-01-01',
  },
  {
    slug: 'ville-de-saint-brieuc',
    name: 'Ville de Saint-Brieuc',
    kind: 'INSTITUTION',
    description:
      'Ville préfecture des Côtes-d’Armor, au fond de la baie. Elle organise chaque été les Estivales de la Baie et soutient la vie associative de ses quartiers.',
    parents: ['saint-brieuc-armor-agglomeration'],
    places: ['hotel-de-ville-de-saint-brieuc'],
    themes: ['culture', 'solidarite', 'sport'],
    since: '2017-01-01',
  },
  {
    slug: 'direction-culture-saint-brieuc',
    name: 'Direction de la culture de Saint-Brieuc',
    kind: 'SERVICE',
    description: 'Service municipal qui programme les Estivales de la Baie, accompagne les compagnies et gère les équipements culturels de la ville.',
    parents: ['ville-de-saint-brieuc'],
    places: ['hotel-de-ville-de-saint-brieuc'],
    themes: ['culture', 'spectacle-vivant'],
    since: '2017-01-01',
  },
  {
    slug: 'mediatheque-du-plateau',
    name: 'Médiathèque du Plateau',
    kind: 'SERVICE',
    description:
      'Médiathèque municipale de quartier : prêt de livres, jeux et films, heure du conte, ateliers numériques. Accueil en FALC et collections en gros caractères.',
    parents: ['direction-culture-saint-brieuc'],
    places: ['batiment-mediatheque-du-plateau'],
    themes: ['lecture-et-ecriture', 'inclusion-numerique'],
    since: '2017-01-01',
  },
  {
    slug: 'centre-social-balzac',
    name: 'Centre social Balzac',
    kind: 'SERVICE',
    description: 'Centre social municipal du quartier Balzac : accueil des familles, sorties, aide aux démarches et animations intergénérationnelles.',
    parents: ['ville-de-saint-brieuc'],
    places: ['maison-de-quartier-balzac'],
    themes: ['solidarite', 'education-populaire'],
    since: '2017-01-01',
  },
  {
    slug: 'service-des-sports-saint-brieuc',
    name: 'Service des sports de Saint-Brieuc',
    kind: 'SERVICE',
    description: 'Gère les gymnases et terrains de la ville et accompagne les clubs dans l’organisation de leurs tournois.',
    parents: ['ville-de-saint-brieuc'],
    places: ['gymnase-des-villages'],
    themes: ['sport'],
    since: '2017-01-01',
  },
  {
    slug: 'ville-de-plerin',
    name: 'Ville de Plérin',
    kind: 'INSTITUTION',
    description: 'Commune littorale voisine de Saint-Brieuc, du port du Légué aux plages des Rosaires.',
    parents: ['saint-brieuc-armor-agglomeration'],
    places: ['hotel-de-ville-de-plerin'],
    themes: ['culture', 'sport'],
    since: '2017-01-01',
  },
  {
    slug: 'reseau-solidarites-en-baie',
    name: 'Réseau Solidarités en Baie',
    kind: 'NETWORK',
    description:
      'Réseau d’associations de solidarité de l’agglomération. Il mutualise une camionnette, des formations de bénévoles et un annuaire des permanences.',
    places: ['maison-de-quartier-balzac'],
    themes: ['solidarite', 'economie-sociale-et-solidaire'],
    since: '2016-06-01',
  },
  {
    slug: 'federation-baie-nature',
    name: 'Fédération Baie Nature',
    kind: 'NETWORK',
    description: 'Fédère les associations d’éducation à l’environnement et de protection du littoral autour de la baie.',
    places: ['ferme-des-greves-hillion'],
    themes: ['environnement', 'biodiversite-et-littoral'],
    since: '2014-03-01',
  },
  {
    slug: 'l-epi-du-gouet',
    name: 'L’Épi du Gouët',
    kind: 'ASSOCIATION',
    description: 'Épicerie solidaire tenue par des bénévoles : produits frais et d’hygiène à petit prix pour les foyers orientés par les travailleurs sociaux.',
    parents: ['reseau-solidarites-en-baie'],
    places: ['local-epi-du-gouet'],
    themes: ['aide-alimentaire'],
    since: '2016-06-01',
  },
  {
    slug: 'les-jardins-de-la-greve',
    name: 'Les Jardins de la Grève',
    kind: 'ASSOCIATION',
    description:
      'Association de jardins partagés à Langueux, en bord de grève. Une partie des récoltes part chaque semaine à l’épicerie solidaire.',
    parents: ['reseau-solidarites-en-baie'],
    places: ['jardin-des-greves-langueux'],
    themes: ['jardins-partages', 'alimentation'],
    since: '2019-04-01',
  },
  {
    slug: 'jardins-de-la-greve-antenne-yffiniac',
    name: 'Les Jardins de la Grève – antenne d’Yffiniac',
    kind: 'COLLECTIVE',
    description: 'Antenne des Jardins de la Grève : une vingtaine de parcelles cultivées derrière la halle d’Yffiniac.',
    parents: ['les-jardins-de-la-greve'],
    places: ['halle-d-yffiniac'],
    themes: ['jardins-partages'],
    since: '2023-03-15',
  },
  {
    slug: 'clic-et-lien',
    name: 'Clic & Lien',
    kind: 'ASSOCIATION',
    description:
      'Accompagne les personnes éloignées du numérique : permanences, ateliers d’initiation et aide aux démarches en ligne. Installée à La Ruche numérique depuis septembre 2024.',
    parents: ['reseau-solidarites-en-baie'],
    places: ['la-ruche-numerique'],
    themes: ['inclusion-numerique'],
    since: '2024-09-01',
  },
  {
    slug: 'repair-cafe-du-legue',
    name: 'Repair Café du Légué',
    kind: 'COLLECTIVE',
    description: 'Collectif de bénévoles bricoleurs qui réparent avec vous grille-pain, vélos et vêtements, un samedi par mois.',
    places: ['atelier-du-port-plerin'],
    themes: ['environnement', 'education-populaire'],
    since: '2018-10-01',
  },
  {
    slug: 'les-amis-de-l-estran',
    name: 'Les Amis de l’Estran',
    kind: 'ASSOCIATION',
    description: 'Naturalistes bénévoles qui font découvrir les oiseaux et la vie de l’estran de la baie, et mènent des inventaires participatifs.',
    parents: ['federation-baie-nature'],
    places: ['ferme-des-greves-hillion'],
    themes: ['biodiversite-et-littoral', 'education-populaire'],
    since: '2014-03-01',
  },
  {
    slug: 'foyer-des-villes-moisan',
    name: 'Foyer d’éducation populaire des Villes-Moisan',
    kind: 'ASSOCIATION',
    description: 'Foyer de quartier à Ploufragan : ateliers, débats, soirées jeux et fête de la musique, portés par les habitants.',
    places: ['espace-des-villes-moisan'],
    themes: ['education-populaire', 'musiques-actuelles'],
    since: '2015-09-01',
  },
  {
    slug: 'les-voiles-du-roselier',
    name: 'Les Voiles du Roselier',
    kind: 'ASSOCIATION',
    description: 'Club de voile associatif : école de voile l’été, régates et sorties en habitable toute l’année.',
    places: ['port-d-armor-saint-quay'],
    themes: ['sports-nautiques'],
    since: '2015-04-01',
  },
  {
    slug: 'basket-club-des-promenades',
    name: 'Basket Club des Promenades',
    kind: 'ASSOCIATION',
    description: 'Club de basket briochin, de l’école de mini-basket à l’équipe sénior, avec une section handibasket.',
    places: ['gymnase-des-villages'],
    themes: ['sport'],
    since: '2015-09-01',
  },
  {
    slug: 'comite-d-animation-de-pordic',
    name: 'Comité d’animation de Pordic',
    kind: 'ASSOCIATION',
    description: 'Organise les fêtes de la commune : fest-noz, vide-greniers et marché de Noël.',
    places: ['grange-du-vau-pordic'],
    themes: ['culture', 'musiques-actuelles'],
    since: '2016-01-01',
  },
  {
    slug: 'scic-le-grain-de-baie',
    name: 'SCIC Le Grain de Baie',
    kind: 'COOPERATIVE',
    description:
      'Épicerie coopérative d’intérêt collectif : producteurs, salariés, habitants et communes en sont sociétaires. Produits locaux, vrac et prix justes.',
    places: ['tiers-lieu-la-fabrique-tregueux'],
    themes: ['alimentation', 'economie-sociale-et-solidaire'],
    since: '2021-05-01',
  },
  {
    slug: 'scop-pixel-d-armor',
    name: 'SCOP Pixel d’Armor',
    kind: 'COOPERATIVE',
    description: 'Coopérative de développeurs et de graphistes qui construit des sites et des outils libres pour les associations et les collectivités.',
    places: ['la-ruche-numerique'],
    themes: ['numerique', 'economie-sociale-et-solidaire'],
    since: '2020-02-01',
  },
  {
    slug: 'collectif-la-fabrique',
    name: 'Collectif La Fabrique',
    kind: 'COLLECTIVE',
    description: 'Habitants et associations qui animent le tiers-lieu de Trégueux : atelier partagé, café associatif et chantiers collectifs.',
    places: ['tiers-lieu-la-fabrique-tregueux'],
    themes: ['economie-sociale-et-solidaire', 'education-populaire'],
    since: '2021-05-01',
  },
  {
    slug: 'compagnie-les-funambules-du-legue',
    name: 'Compagnie Les Funambules du Légué',
    kind: 'ARTIST',
    description:
      'Compagnie de cirque contemporain installée au port du Légué. Fil, mât chinois et musique live, sous chapiteau ou en plein air.',
    website: 'https://funambules-du-legue.example.org',
    places: ['atelier-du-port-plerin'],
    themes: ['arts-du-cirque'],
    since: '2018-01-01',
  },
  {
    slug: 'compagnie-du-grand-large',
    name: 'Compagnie du Grand Large',
    kind: 'ARTIST',
    description: 'Troupe de théâtre de rue de Binic : des spectacles déambulatoires qui racontent la mer et ceux qui en vivent.',
    places: ['quai-de-la-jetee-binic'],
    themes: ['theatre'],
    since: '2016-05-01',
  },
  {
    slug: 'trio-ker-avel',
    name: 'Trio Ker Avel',
    kind: 'ARTIST',
    description: 'Trio de musique à danser (accordéon, bombarde, guitare) qui fait tourner les fest-noz et les bals folk de la baie.',
    places: ['salle-du-chene-pledran'],
    themes: ['musiques-actuelles'],
    since: '2017-06-01',
  },
  {
    slug: 'fanfare-pleine-lune',
    name: 'Fanfare Pleine Lune',
    kind: 'ARTIST',
    description: 'Quinze cuivres et percussions pour des parades joyeuses dans les rues et sur les ports.',
    places: ['espace-des-villes-moisan'],
    themes: ['musiques-actuelles'],
    since: '2019-03-01',
  },
  {
    slug: 'soazig-le-moal',
    name: 'Soazig Le Moal, plasticienne',
    kind: 'ARTIST',
    description: 'Plasticienne installée à Quintin. Elle compose des œuvres avec ce que la mer laisse sur les grèves.',
    places: ['chapelle-des-arts-quintin'],
    themes: ['arts-visuels', 'biodiversite-et-littoral'],
    since: '2020-09-01',
  },
  {
    slug: 'atelier-terre-d-estran',
    name: 'Atelier Terre d’Estran',
    kind: 'CRAFTSPERSON',
    description: 'Atelier de céramique de Gwenola Rault : bols et assiettes émaillés aux cendres d’algues, stages de tournage.',
    places: ['ferme-des-greves-hillion'],
    themes: ['arts-visuels'],
    since: '2019-05-01',
  },
  {
    slug: 'librairie-la-baie-des-pages',
    name: 'Librairie La Baie des Pages',
    kind: 'COMPANY',
    description: 'Librairie indépendante du centre-ville : littérature, jeunesse, bande dessinée et rencontres d’auteurs chaque mois.',
    places: ['librairie-la-baie-des-pages-boutique'],
    themes: ['lecture-et-ecriture'],
    since: '2018-03-01',
  },
  {
    slug: 'brasserie-les-mouettes-rieuses',
    name: 'Brasserie Les Mouettes Rieuses',
    kind: 'COMPANY',
    description: 'Microbrasserie artisanale de Ploufragan, bières bio brassées avec de l’orge des Côtes-d’Armor.',
    places: ['brasserie-des-mouettes-rieuses'],
    themes: ['alimentation'],
    since: '2020-06-01',
  },
  {
    slug: 'le-fournil-de-quintin',
    name: 'Le Fournil de Quintin',
    kind: 'COMPANY',
    description: 'Boulangerie bio au levain, fournisseur de l’épicerie coopérative et des fêtes du territoire.',
    places: ['boutique-du-fournil-quintin'],
    themes: ['alimentation'],
    since: '2019-01-01',
  },
];

const WRITTEN_ACTIONS: DemoAction[] = [
  // The canonical example: two editions of the town's summer festival and their shows.
  {
    slug: 'les-estivales-de-la-baie-2025',
    name: 'Les Estivales de la Baie 2025',
    kind: 'FESTIVAL',
    description:
      'Le festival d’été de la Ville de Saint-Brieuc : cirque, théâtre de rue et concerts gratuits, du parc des Promenades au port du Légué.',
    startsAt: '2025-07-04',
    endsAt: '2025-08-24',
    allDay: true,
    carriers: ['ville-de-saint-brieuc'],
    participants: ['direction-culture-saint-brieuc'],
    places: ['parc-des-promenades', 'esplanade-du-port-du-legue'],
    themes: ['culture', 'spectacle-vivant'],
    since: '2025-01-15',
  },
  {
    slug: 'ouverture-estivales-2025-trio-ker-avel',
    name: 'Concert d’ouverture avec le Trio Ker Avel',
    kind: 'SHOW',
    description: 'Grand bal d’ouverture des Estivales 2025 sous les arbres du parc des Promenades.',
    startsAt: '2025-07-04T20:30:00+02:00',
    endsAt: '2025-07-04T23:00:00+02:00',
    carriers: ['trio-ker-avel'],
    places: ['parc-des-promenades'],
    themes: ['musiques-actuelles'],
    since: '2025-04-15',
  },
  {
    slug: 'la-traversee-theatre-de-rue-2025',
    name: 'La Traversée, théâtre de rue',
    kind: 'SHOW',
    description: 'Une déambulation de la Compagnie du Grand Large qui suit trois générations de pêcheurs du Légué.',
    startsAt: '2025-07-19T18:00:00+02:00',
    endsAt: '2025-07-19T19:15:00+02:00',
    carriers: ['compagnie-du-grand-large'],
    places: ['esplanade-du-port-du-legue'],
    themes: ['theatre'],
    since: '2025-04-15',
  },
  {
    slug: 'funambules-au-crepuscule-2025',
    name: 'Funambules au crépuscule',
    kind: 'SHOW',
    description: 'Traversée sur fil tendu au-dessus du bassin du Légué, à la tombée du jour, accompagnée par un violoncelle.',
    startsAt: '2025-08-09T21:00:00+02:00',
    endsAt: '2025-08-09T22:00:00+02:00',
    carriers: ['compagnie-les-funambules-du-legue'],
    places: ['esplanade-du-port-du-legue'],
    themes: ['arts-du-cirque'],
    since: '2025-04-15',
  },
  {
    slug: 'les-estivales-de-la-baie-2026',
    name: 'Les Estivales de la Baie 2026',
    kind: 'FESTIVAL',
    description:
      'Deux mois de spectacles gratuits dans la ville : un chapiteau de cirque au port du Légué, du théâtre de rue, des bals et des fanfares.',
    startsAt: '2026-07-03',
    endsAt: '2026-08-23',
    allDay: true,
    carriers: ['ville-de-saint-brieuc'],
    participants: ['direction-culture-saint-brieuc', 'mediatheque-du-plateau'],
    places: ['parc-des-promenades', 'esplanade-du-port-du-legue'],
    themes: ['culture', 'spectacle-vivant'],
    since: '2026-01-15',
  },
  {
    slug: 'cabaret-sous-chapiteau-2026',
    name: 'Cabaret sous chapiteau',
    kind: 'SHOW',
    description:
      'Les Funambules du Légué invitent acrobates, jongleurs et musiciens sous leur chapiteau pour un cabaret de cirque d’une heure et demie. Tout public dès 5 ans.',
    startsAt: '2026-07-11T20:30:00+02:00',
    endsAt: '2026-07-11T22:00:00+02:00',
    carriers: ['compagnie-les-funambules-du-legue'],
    places: ['esplanade-du-port-du-legue'],
    themes: ['arts-du-cirque'],
    since: '2026-04-01',
  },
  {
    slug: 'bal-folk-des-promenades-2026',
    name: 'Bal folk des Promenades',
    kind: 'SHOW',
    description: 'Le Trio Ker Avel et ses invités font danser le parc des Promenades le soir du 14 juillet. Initiation aux danses à 20 h.',
    startsAt: '2026-07-14T20:00:00+02:00',
    endsAt: '2026-07-14T23:30:00+02:00',
    carriers: ['trio-ker-avel'],
    places: ['parc-des-promenades'],
    themes: ['musiques-actuelles'],
    since: '2026-04-01',
  },
  {
    slug: 'maree-haute-theatre-de-rue-2026',
    name: 'Marée haute, théâtre de rue',
    kind: 'SHOW',
    description: 'La Compagnie du Grand Large joue l’histoire d’un port qui attend ses bateaux, au rythme de la marée montante.',
    startsAt: '2026-07-25T17:00:00+02:00',
    endsAt: '2026-07-25T18:15:00+02:00',
    carriers: ['compagnie-du-grand-large'],
    places: ['esplanade-du-port-du-legue'],
    themes: ['theatre'],
    since: '2026-04-01',
  },
  {
    slug: 'nuit-des-fanfares-2026',
    name: 'Nuit des fanfares',
    kind: 'SHOW',
    description: 'La Fanfare Pleine Lune et trois fanfares invitées paradent du centre-ville jusqu’au parc pour la clôture du mois d’août.',
    startsAt: '2026-08-08T20:00:00+02:00',
    endsAt: '2026-08-08T23:59:00+02:00',
    carriers: ['fanfare-pleine-lune'],
    places: ['parc-des-promenades'],
    themes: ['musiques-actuelles'],
    since: '2026-04-01',
  },
  {
    slug: 'atelier-cirque-parents-enfants-2026',
    name: 'Atelier cirque parents-enfants',
    kind: 'WORKSHOP',
    status: 'FULL',
    description: 'Une matinée pour s’essayer au fil, à la boule et au jonglage en famille, avec les artistes des Funambules. Complet.',
    startsAt: '2026-07-12T10:00:00+02:00',
    endsAt: '2026-07-12T12:00:00+02:00',
    carriers: ['compagnie-les-funambules-du-legue'],
    participants: ['centre-social-balzac'],
    places: ['esplanade-du-port-du-legue'],
    themes: ['arts-du-cirque', 'education-populaire'],
    since: '2026-04-01',
  },

  // Culture around the year.
  {
    slug: 'residence-fil-de-mer',
    name: 'Résidence de création « Fil de mer »',
    kind: 'PROJECT',
    description: 'Trois mois de résidence des Funambules à l’Atelier du Port pour créer leur prochain spectacle, avec des répétitions ouvertes le vendredi.',
    startsAt: '2026-01-05',
    endsAt: '2026-03-27',
    allDay: true,
    carriers: ['compagnie-les-funambules-du-legue'],
    participants: ['ville-de-plerin'],
    places: ['atelier-du-port-plerin'],
    themes: ['arts-du-cirque'],
  },
  {
    slug: 'stage-cirque-vacances-de-printemps-2026',
    name: 'Stage de cirque des vacances de printemps',
    kind: 'WORKSHOP',
    status: 'FULL',
    description: 'Cinq matinées d’initiation aux arts du cirque pour les 8–12 ans.',
    startsAt: '2026-04-13',
    endsAt: '2026-04-17',
    allDay: true,
    carriers: ['compagnie-les-funambules-du-legue'],
    places: ['atelier-du-port-plerin'],
    themes: ['arts-du-cirque', 'education-populaire'],
  },
  {
    slug: 'le-grand-froid-spectacle-de-noel',
    name: 'Le Grand Froid, spectacle de Noël',
    kind: 'SHOW',
    description: 'Un conte de cirque sur la banquise, pour petits et grands, offert par la Ville de Plérin.',
    startsAt: '2026-12-20T16:00:00+01:00',
    endsAt: '2026-12-20T17:00:00+01:00',
    carriers: ['compagnie-les-funambules-du-legue'],
    participants: ['ville-de-plerin'],
    places: ['salle-des-rosaires'],
    themes: ['arts-du-cirque'],
  },
  {
    slug: 'exposition-laisses-de-mer',
    name: 'Exposition « Laisses de mer »',
    kind: 'EXHIBITION',
    description: 'Soazig Le Moal expose ses assemblages de bois flotté, de cordages et de coquillages ramassés sur les grèves de la baie.',
    startsAt: '2026-03-07',
    endsAt: '2026-04-26',
    allDay: true,
    carriers: ['soazig-le-moal'],
    places: ['chapelle-des-arts-quintin'],
    themes: ['arts-visuels', 'biodiversite-et-littoral'],
  },
  {
    slug: 'heure-du-conte',
    name: 'L’heure du conte',
    kind: 'ACTIVITY',
    description: 'Chaque mercredi à 10 h 30, des histoires lues aux enfants de 3 à 7 ans, pendant six mois (une série : voir sa récurrence).',
    startsAt: '2026-01-07T10:30:00+01:00',
    endsAt: '2026-01-07T11:30:00+01:00',
    carriers: ['mediatheque-du-plateau'],
    places: ['batiment-mediatheque-du-plateau'],
    themes: ['lecture-et-ecriture'],
  },
  {
    slug: 'rencontre-d-auteurs-polars-de-la-baie',
    name: 'Rencontre d’auteurs : polars de la baie',
    kind: 'EVENT',
    description: 'Deux autrices de romans policiers qui se passent entre Binic et le Légué parlent de leurs enquêtes et dédicacent leurs livres.',
    startsAt: '2026-10-15T18:30:00+02:00',
    endsAt: '2026-10-15T20:00:00+02:00',
    carriers: ['librairie-la-baie-des-pages'],
    participants: ['mediatheque-du-plateau'],
    places: ['librairie-la-baie-des-pages-boutique'],
    themes: ['lecture-et-ecriture'],
  },
  {
    slug: 'fest-noz-de-la-saint-jean-2026',
    name: 'Fest-noz de la Saint-Jean',
    kind: 'EVENT',
    description: 'Fest-noz sous la halle de Plédran autour du feu de la Saint-Jean, avec le Trio Ker Avel et des chanteurs de kan ha diskan.',
    startsAt: '2026-06-20T20:30:00+02:00',
    endsAt: '2026-06-21T01:00:00+02:00',
    carriers: ['trio-ker-avel'],
    places: ['salle-du-chene-pledran'],
    themes: ['musiques-actuelles'],
  },
  {
    slug: 'fete-de-la-musique-villes-moisan-2026',
    name: 'Fête de la musique aux Villes-Moisan',
    kind: 'EVENT',
    description: 'Scène ouverte aux groupes du quartier, puis parade de la Fanfare Pleine Lune.',
    startsAt: '2026-06-21T18:00:00+02:00',
    endsAt: '2026-06-21T23:30:00+02:00',
    carriers: ['foyer-des-villes-moisan'],
    participants: ['fanfare-pleine-lune'],
    places: ['espace-des-villes-moisan'],
    themes: ['musiques-actuelles', 'education-populaire'],
  },
  {
    slug: 'fest-noz-d-automne-pordic-2025',
    name: 'Fest-noz d’automne',
    kind: 'EVENT',
    description: 'Le fest-noz de rentrée du comité d’animation, crêpes et cidre à volonté.',
    startsAt: '2025-10-18T20:30:00+02:00',
    endsAt: '2025-10-19T01:00:00+02:00',
    carriers: ['comite-d-animation-de-pordic'],
    participants: ['trio-ker-avel'],
    places: ['grange-du-vau-pordic'],
    themes: ['musiques-actuelles'],
  },
  {
    slug: 'journees-du-patrimoine-quintin-2026',
    name: 'Journées du patrimoine à Quintin',
    kind: 'EVENT',
    description: 'Visites de la chapelle et des ateliers d’artistes de la ville, démonstrations de céramique.',
    startsAt: '2026-09-19',
    endsAt: '2026-09-20',
    allDay: true,
    carriers: ['soazig-le-moal'],
    participants: ['atelier-terre-d-estran', 'le-fournil-de-quintin'],
    places: ['chapelle-des-arts-quintin'],
    themes: ['culture', 'arts-visuels'],
  },
  {
    slug: 'pages-de-baie-2027',
    name: 'Pages de Baie 2027, fête du livre jeunesse',
    kind: 'FESTIVAL',
    description: 'Un week-end d’illustrateurs, de lectures et d’ateliers pour les enfants, à la médiathèque et à la librairie.',
    startsAt: '2027-03-27',
    endsAt: '2027-03-28',
    allDay: true,
    carriers: ['mediatheque-du-plateau', 'librairie-la-baie-des-pages'],
    places: ['batiment-mediatheque-du-plateau', 'librairie-la-baie-des-pages-boutique'],
    themes: ['lecture-et-ecriture'],
  },
  {
    slug: 'exposition-ceramiques-d-estran-2027',
    name: 'Exposition « Céramiques d’estran »',
    kind: 'EXHIBITION',
    description: 'Gwenola Rault montre dix ans de recherches d’émaux aux algues et aux sables de la baie.',
    startsAt: '2027-04-10',
    endsAt: '2027-05-16',
    allDay: true,
    carriers: ['atelier-terre-d-estran'],
    places: ['chapelle-des-arts-quintin'],
    themes: ['arts-visuels'],
  },

  // Solidarity, food and gardens.
  {
    slug: 'grande-collecte-d-automne-2026',
    name: 'Grande collecte d’automne',
    kind: 'EVENT',
    description: 'Les bénévoles de L’Épi du Gouët collectent des denrées à l’entrée des magasins de l’agglomération pendant deux jours.',
    startsAt: '2026-11-27',
    endsAt: '2026-11-28',
    allDay: true,
    carriers: ['l-epi-du-gouet'],
    participants: ['reseau-solidarites-en-baie'],
    places: ['local-epi-du-gouet'],
    themes: ['aide-alimentaire'],
  },
  {
    slug: 'colis-de-noel-2026',
    name: 'Distribution des colis de Noël',
    kind: 'EVENT',
    description: 'Colis festifs préparés avec le Fournil de Quintin et la SCIC Le Grain de Baie pour les familles accompagnées.',
    startsAt: '2026-12-19T09:30:00+01:00',
    endsAt: '2026-12-19T12:30:00+01:00',
    carriers: ['l-epi-du-gouet'],
    participants: ['le-fournil-de-quintin', 'scic-le-grain-de-baie'],
    places: ['local-epi-du-gouet'],
    themes: ['aide-alimentaire'],
  },
  {
    slug: 'conseil-d-administration-epi-du-gouet-2026-12',
    name: 'Conseil d’administration de L’Épi du Gouët',
    kind: 'MEETING',
    visibility: 'MEMBERS',
    description: 'Réunion des administrateurs : bilan de la collecte d’automne et budget 2027. Réservé aux membres.',
    startsAt: '2026-12-03T18:30:00+01:00',
    endsAt: '2026-12-03T20:30:00+01:00',
    carriers: ['l-epi-du-gouet'],
    places: ['local-epi-du-gouet'],
    themes: ['aide-alimentaire'],
  },
  {
    slug: 'ag-reseau-solidarites-en-baie-2026',
    name: 'Assemblée générale du Réseau Solidarités en Baie',
    kind: 'MEETING',
    description: 'Bilan de l’année, élection du bureau et présentation du nouvel annuaire des permanences.',
    startsAt: '2026-03-14T10:00:00+01:00',
    endsAt: '2026-03-14T12:30:00+01:00',
    carriers: ['reseau-solidarites-en-baie'],
    participants: ['l-epi-du-gouet', 'les-jardins-de-la-greve', 'clic-et-lien'],
    places: ['maison-de-quartier-balzac'],
    themes: ['solidarite'],
  },
  {
    slug: 'ag-reseau-solidarites-en-baie-2027',
    name: 'Assemblée générale 2027 du Réseau Solidarités en Baie',
    kind: 'MEETING',
    description: 'Assemblée générale annuelle, ouverte à toutes les associations membres et aux bénévoles.',
    startsAt: '2027-03-13T10:00:00+01:00',
    endsAt: '2027-03-13T12:30:00+01:00',
    carriers: ['reseau-solidarites-en-baie'],
    places: ['maison-de-quartier-balzac'],
    themes: ['solidarite'],
  },
  {
    slug: 'carnaval-du-quartier-balzac-2026',
    name: 'Carnaval du quartier Balzac',
    kind: 'EVENT',
    description: 'Défilé costumé des enfants du quartier, goûter partagé et bal avec la Fanfare Pleine Lune.',
    startsAt: '2026-02-21T14:00:00+01:00',
    endsAt: '2026-02-21T18:00:00+01:00',
    carriers: ['centre-social-balzac'],
    participants: ['fanfare-pleine-lune'],
    places: ['maison-de-quartier-balzac'],
    themes: ['education-populaire', 'solidarite'],
  },
  {
    slug: 'projet-quartier-en-transition',
    name: 'Quartier en transition',
    kind: 'PROJECT',
    description: 'Un an pour réduire ensemble les déchets du quartier Balzac : compost collectif, réparations et cuisine anti-gaspillage.',
    startsAt: '2025-09-01',
    endsAt: '2026-06-30',
    allDay: true,
    carriers: ['centre-social-balzac'],
    participants: ['repair-cafe-du-legue', 'les-jardins-de-la-greve'],
    places: ['maison-de-quartier-balzac'],
    themes: ['environnement', 'education-populaire'],
  },
  {
    slug: 'chantier-participatif-jardin-des-greves-2026',
    name: 'Chantier participatif au jardin des Grèves',
    kind: 'WORKSHOP',
    description: 'Construction de bacs surélevés et d’une cabane à outils. Venez avec vos gants, la soupe est offerte.',
    startsAt: '2026-03-21T09:30:00+01:00',
    endsAt: '2026-03-21T16:30:00+01:00',
    carriers: ['les-jardins-de-la-greve'],
    participants: ['collectif-la-fabrique'],
    places: ['jardin-des-greves-langueux'],
    themes: ['jardins-partages', 'education-populaire'],
  },
  {
    slug: 'fete-des-jardins-partages-2026',
    name: 'Fête des jardins partagés',
    kind: 'EVENT',
    description: 'Troc de plants, visite des parcelles et pique-nique : les jardins de Langueux et d’Yffiniac ouvrent leurs portes.',
    startsAt: '2026-06-06',
    allDay: true,
    carriers: ['les-jardins-de-la-greve'],
    participants: ['jardins-de-la-greve-antenne-yffiniac', 'scic-le-grain-de-baie'],
    places: ['jardin-des-greves-langueux', 'halle-d-yffiniac'],
    themes: ['jardins-partages', 'alimentation'],
  },
  {
    slug: 'semences-de-la-baie',
    name: 'Semences de la Baie',
    kind: 'PROJECT',
    description: 'Une grainothèque partagée entre jardins, épicerie et médiathèque pour conserver les variétés potagères du pays briochin.',
    startsAt: '2026-02-01',
    endsAt: '2026-12-31',
    allDay: true,
    carriers: ['les-jardins-de-la-greve'],
    participants: ['scic-le-grain-de-baie', 'mediatheque-du-plateau'],
    places: ['jardin-des-greves-langueux'],
    themes: ['jardins-partages', 'alimentation'],
  },
  {
    slug: 'ouverture-epicerie-cooperative-grain-de-baie',
    name: 'Inauguration de la nouvelle épicerie du Grain de Baie',
    kind: 'EVENT',
    description: 'La coopérative inaugure son magasin agrandi au tiers-lieu La Fabrique : dégustations de producteurs et assemblée des sociétaires.',
    startsAt: '2025-11-15T10:00:00+01:00',
    endsAt: '2025-11-15T18:00:00+01:00',
    carriers: ['scic-le-grain-de-baie'],
    participants: ['collectif-la-fabrique', 'brasserie-les-mouettes-rieuses'],
    places: ['tiers-lieu-la-fabrique-tregueux'],
    themes: ['alimentation', 'economie-sociale-et-solidaire'],
  },
  {
    slug: 'marche-de-producteurs-d-automne-2026',
    name: 'Marché de producteurs d’automne',
    kind: 'EVENT',
    description: 'Maraîchers, éleveurs et brasseurs de l’agglomération sous la halle du tiers-lieu, avec soupe de potiron offerte.',
    startsAt: '2026-10-03T09:00:00+02:00',
    endsAt: '2026-10-03T13:00:00+02:00',
    carriers: ['scic-le-grain-de-baie'],
    participants: ['brasserie-les-mouettes-rieuses', 'le-fournil-de-quintin'],
    places: ['tiers-lieu-la-fabrique-tregueux'],
    themes: ['alimentation'],
  },
  {
    slug: 'portes-ouvertes-brasserie-2026',
    name: 'Portes ouvertes de la brasserie',
    kind: 'EVENT',
    description: 'Visite de la salle de brassage, dégustation et concert en fin d’après-midi.',
    startsAt: '2026-05-30T14:00:00+02:00',
    endsAt: '2026-05-30T20:00:00+02:00',
    carriers: ['brasserie-les-mouettes-rieuses'],
    places: ['brasserie-des-mouettes-rieuses'],
    themes: ['alimentation'],
  },
  {
    slug: 'marche-de-noel-des-createurs-2026',
    name: 'Marché de Noël des créateurs',
    kind: 'EVENT',
    description: 'Céramistes, illustrateurs et artisans de la baie exposent et vendent leurs créations sous la halle d’Yffiniac.',
    startsAt: '2026-12-12',
    endsAt: '2026-12-13',
    allDay: true,
    carriers: ['comite-d-animation-de-pordic'],
    participants: ['atelier-terre-d-estran', 'soazig-le-moal'],
    places: ['halle-d-yffiniac'],
    themes: ['arts-visuels'],
  },

  // Environment.
  {
    slug: 'sortie-oiseaux-de-la-baie-2026',
    name: 'Sortie nature : les oiseaux hivernants de la baie',
    kind: 'EVENT',
    description: 'Observation des bernaches et des limicoles à marée montante, longues-vues prêtées. Prévoir des vêtements chauds.',
    startsAt: '2026-01-18T09:00:00+01:00',
    endsAt: '2026-01-18T12:00:00+01:00',
    carriers: ['les-amis-de-l-estran'],
    places: ['ferme-des-greves-hillion'],
    themes: ['biodiversite-et-littoral'],
  },
  {
    slug: 'nettoyage-citoyen-des-greves-2026',
    name: 'Nettoyage citoyen des grèves',
    kind: 'EVENT',
    status: 'CANCELLED',
    description: 'Ramassage des déchets sur les grèves d’Hillion. Annulé : alerte tempête sur la baie ce jour-là.',
    startsAt: '2026-04-11T14:00:00+02:00',
    endsAt: '2026-04-11T17:00:00+02:00',
    carriers: ['les-amis-de-l-estran'],
    participants: ['federation-baie-nature', 'repair-cafe-du-legue'],
    places: ['ferme-des-greves-hillion'],
    themes: ['biodiversite-et-littoral'],
  },
  {
    slug: 'inventaire-participatif-de-l-estran-2025',
    name: 'Inventaire participatif de l’estran',
    kind: 'PROJECT',
    description: 'Pendant une saison, habitants et naturalistes recensent les espèces de l’estran à chaque grande marée.',
    startsAt: '2025-04-01',
    endsAt: '2025-10-31',
    allDay: true,
    carriers: ['les-amis-de-l-estran'],
    participants: ['federation-baie-nature'],
    places: ['ferme-des-greves-hillion'],
    themes: ['biodiversite-et-littoral', 'education-populaire'],
  },
  {
    slug: 'repair-cafe-2025',
    name: 'Repair Café du Légué, saison 2025',
    kind: 'ACTIVITY',
    description: 'Un samedi par mois de janvier à décembre, réparation collective d’objets du quotidien.',
    startsAt: '2025-01-11',
    endsAt: '2025-12-13',
    allDay: true,
    carriers: ['repair-cafe-du-legue'],
    places: ['atelier-du-port-plerin'],
    themes: ['environnement'],
  },
  {
    slug: 'rando-velo-tour-de-baie-2025',
    name: 'Tour de Baie à vélo',
    kind: 'EVENT',
    status: 'CANCELLED',
    description: 'Randonnée familiale de Plérin à Hillion par la voie verte. Annulée faute d’encadrants, reportée à l’an prochain.',
    startsAt: '2025-09-21T09:00:00+02:00',
    endsAt: '2025-09-21T13:00:00+02:00',
    carriers: ['federation-baie-nature'],
    places: ['salle-des-rosaires', 'ferme-des-greves-hillion'],
    themes: ['environnement', 'sport'],
  },

  // Sport.
  {
    slug: 'ecole-de-voile-ete-2026',
    name: 'École de voile : stages d’été',
    kind: 'ACTIVITY',
    description: 'Stages d’une semaine en optimist et catamaran, du lundi au vendredi, pour les 7–15 ans.',
    startsAt: '2026-07-06',
    endsAt: '2026-08-28',
    allDay: true,
    carriers: ['les-voiles-du-roselier'],
    places: ['port-d-armor-saint-quay'],
    themes: ['sports-nautiques'],
  },
  {
    slug: 'regate-de-la-baie-2026',
    name: 'Régate de la Baie',
    kind: 'EVENT',
    description: 'Deux jours de régate entre Saint-Quay-Portrieux et Binic, ouverte aux habitables et aux voiliers traditionnels.',
    startsAt: '2026-09-05',
    endsAt: '2026-09-06',
    allDay: true,
    carriers: ['les-voiles-du-roselier'],
    places: ['port-d-armor-saint-quay', 'quai-de-la-jetee-binic'],
    themes: ['sports-nautiques'],
  },
  {
    slug: 'tournoi-de-basket-des-promenades-2026',
    name: 'Tournoi de basket des Promenades',
    kind: 'EVENT',
    description: 'Tournoi des jeunes avec une rencontre de handibasket en ouverture.',
    startsAt: '2026-05-16T09:00:00+02:00',
    endsAt: '2026-05-16T19:00:00+02:00',
    carriers: ['basket-club-des-promenades'],
    participants: ['service-des-sports-saint-brieuc'],
    places: ['gymnase-des-villages'],
    themes: ['sport'],
  },

  {
    slug: 'trail-des-etangs-de-plaintel-2026',
    name: 'Trail des étangs',
    kind: 'EVENT',
    description: 'Courses de 8 et 16 km autour des étangs de Plaintel et randonnée familiale, au profit de l’épicerie solidaire.',
    startsAt: '2026-10-11T09:00:00+02:00',
    endsAt: '2026-10-11T13:00:00+02:00',
    carriers: ['l-epi-du-gouet'],
    participants: ['basket-club-des-promenades'],
    places: ['base-nature-de-plaintel'],
    themes: ['sport', 'solidarite'],
  },

  // Digital.
  {
    slug: 'ateliers-d-initiation-au-numerique',
    name: 'Ateliers d’initiation au numérique',
    kind: 'WORKSHOP',
    description: 'Première séance d’un cycle de six pour apprivoiser la tablette, les courriels et les démarches en ligne, en petit groupe.',
    startsAt: '2026-10-06T14:00:00+02:00',
    endsAt: '2026-10-06T16:00:00+02:00',
    carriers: ['clic-et-lien'],
    participants: ['mediatheque-du-plateau'],
    places: ['batiment-mediatheque-du-plateau'],
    themes: ['inclusion-numerique'],
  },
  {
    slug: 'hackathon-donnees-du-territoire-2026',
    name: 'Hackathon « Données du territoire »',
    kind: 'EVENT',
    description: 'Un week-end pour construire des cartes et des outils libres avec les données ouvertes de l’agglomération.',
    startsAt: '2026-04-25T09:00:00+02:00',
    endsAt: '2026-04-26T18:00:00+02:00',
    carriers: ['scop-pixel-d-armor'],
    participants: ['saint-brieuc-armor-agglomeration', 'clic-et-lien'],
    places: ['la-ruche-numerique'],
    themes: ['numerique'],
  },
  {
    slug: 'formation-site-de-son-association-2027',
    name: 'Formation : créer le site de son association',
    kind: 'WORKSHOP',
    description: 'Une journée pour les bénévoles : publier ses actions, son agenda et ses articles sans dépendre d’un réseau social.',
    startsAt: '2027-01-23T09:30:00+01:00',
    endsAt: '2027-01-23T17:00:00+01:00',
    carriers: ['scop-pixel-d-armor'],
    participants: ['reseau-solidarites-en-baie'],
    places: ['la-ruche-numerique'],
    themes: ['numerique', 'economie-sociale-et-solidaire'],
  },

  // Social and solidarity economy.
  {
    slug: 'conference-ess-en-baie-2026',
    name: 'Conférence : l’économie sociale et solidaire en baie de Saint-Brieuc',
    kind: 'EVENT',
    description: 'Pour le mois de l’ESS, coopératives et associations employeuses racontent comment elles sont nées et ce qu’elles apportent au territoire.',
    startsAt: '2026-11-19T18:30:00+01:00',
    endsAt: '2026-11-19T20:30:00+01:00',
    carriers: ['collectif-la-fabrique'],
    participants: ['scic-le-grain-de-baie', 'scop-pixel-d-armor', 'saint-brieuc-armor-agglomeration'],
    places: ['tiers-lieu-la-fabrique-tregueux'],
    themes: ['economie-sociale-et-solidaire'],
  },
  {
    slug: 'conseil-communautaire-decembre-2026',
    name: 'Conseil d’agglomération de décembre',
    kind: 'MEETING',
    description: 'Séance publique du conseil d’agglomération : budget 2027 et subventions aux associations.',
    startsAt: '2026-12-10T18:00:00+01:00',
    endsAt: '2026-12-10T21:00:00+01:00',
    carriers: ['saint-brieuc-armor-agglomeration'],
    places: ['siege-saint-brieuc-armor-agglomeration'],
    themes: ['economie-sociale-et-solidaire'],
  },
];

const WRITTEN_PARTNERSHIPS: DemoPartnership[] = [
  {
    slug: 'convention-funambules-ville-de-saint-brieuc',
    name: 'Convention Ville de Saint-Brieuc – Compagnie Les Funambules du Légué',
    description:
      'Convention pluriannuelle : la Ville met à disposition l’esplanade du Légué et soutient la création, la compagnie joue aux Estivales et mène des ateliers dans les quartiers.',
    parties: ['ville-de-saint-brieuc', 'compagnie-les-funambules-du-legue'],
    actions: ['les-estivales-de-la-baie-2026'],
    themes: ['arts-du-cirque'],
    since: '2025-03-01',
  },
  {
    slug: 'jardins-nourriciers-de-la-baie',
    name: 'Jardins nourriciers de la Baie',
    description: 'Les légumes des jardins partagés vont à l’épicerie solidaire et à l’épicerie coopérative ; les semences circulent entre les trois.',
    parties: ['les-jardins-de-la-greve', 'l-epi-du-gouet', 'scic-le-grain-de-baie'],
    actions: ['semences-de-la-baie', 'fete-des-jardins-partages-2026'],
    themes: ['jardins-partages', 'aide-alimentaire'],
    since: '2024-09-01',
  },
  {
    slug: 'pass-numerique-en-baie',
    name: 'Pass numérique en Baie',
    description: 'Parcours d’ateliers gratuits pour les personnes éloignées du numérique, financé jusqu’à l’été 2026 puis repris par la médiathèque seule.',
    parties: ['clic-et-lien', 'mediatheque-du-plateau', 'scop-pixel-d-armor'],
    actions: ['hackathon-donnees-du-territoire-2026'],
    themes: ['inclusion-numerique'],
    since: '2023-01-01',
    until: '2026-06-30',
  },
  {
    slug: 'estran-et-creation',
    name: 'Estran et création',
    description: 'Une naturaliste et une plasticienne croisent leurs regards sur la laisse de mer : sorties, exposition et ateliers.',
    parties: ['les-amis-de-l-estran', 'soazig-le-moal'],
    actions: ['exposition-laisses-de-mer', 'sortie-oiseaux-de-la-baie-2026'],
    themes: ['biodiversite-et-littoral', 'arts-visuels'],
    since: '2025-10-01',
  },
];

/** Links with dates of their own, created after every entity exists (see DemoLink). */
const WRITTEN_LINKS: DemoLink[] = [
  // Last year's edition, as it was: its shows were part of it from spring until the day after it closed.
  ...WRITTEN_SLUGS.archiveShows.map(
    (show): DemoLink => ({
      type: 'PART_OF',
      from: show,
      to: WRITTEN_SLUGS.archiveFestival,
      since: WRITTEN_FACTS.archivePartOfSince,
      until: WRITTEN_FACTS.archivePartOfUntil,
    }),
  ),
  // The current edition's programme, announced on 1 May (or earlier: see demoData).
  ...[...WRITTEN_SLUGS.shows, 'atelier-cirque-parents-enfants-2026'].map(
    (show): DemoLink => ({ type: 'PART_OF', from: show, to: WRITTEN_SLUGS.festival, since: WRITTEN_FACTS.programmeSince }),
  ),
  // A second parent: the gardens joined the nature network three years after the solidarity one.
  { type: 'PART_OF', from: 'les-jardins-de-la-greve', to: 'federation-baie-nature', since: '2022-05-01' },
  // A member that left its network.
  { type: 'PART_OF', from: 'repair-cafe-du-legue', to: 'reseau-solidarites-en-baie', since: '2018-10-01', until: '2024-12-31' },
  // A move: Clic & Lien was hosted by the Balzac social centre before La Ruche numérique.
  { type: 'LOCATED_AT', from: 'clic-et-lien', to: 'maison-de-quartier-balzac', since: '2019-09-01', until: '2024-09-01' },
  { type: 'TAGGED', from: 'clic-et-lien', to: 'education-populaire', since: '2019-09-01' },
  // The circus company took part in last year's edition as a whole, beyond its own show.
  { type: 'TAKES_PART_IN', from: WRITTEN_SLUGS.circusCompany, to: WRITTEN_SLUGS.archiveFestival, since: '2025-04-15' },
];

// ---- Content and agenda series (loaded after the graph) -------------------------------------------

export interface DemoContent {
  kind: 'ARTICLE' | 'ANNOUNCEMENT' | 'PAGE';
  /** Slug of the space it is posted in. */
  space: string;
  title: string;
  body: string;
  summary?: string;
  publishedAt?: string;
  expiresAt?: string;
  type?: 'OFFER' | 'REQUEST';
  visibility?: 'PUBLIC' | 'MEMBERS';
  themes?: string[];
  places?: string[];
  actions?: string[];
}

/** The seed's example first: an article about the circus show, which then shows on the festival, the town, the company and their partnership. */
const WRITTEN_CONTENT: DemoContent[] = [
  {
    kind: 'ARTICLE',
    space: 'cabaret-sous-chapiteau-2026',
    title: 'Le cabaret sous chapiteau affiche complet',
    summary: 'Les trois soirées des Funambules au port du Légué se joueront à guichets fermés.',
    body: 'Les **Funambules du Légué** ont monté leur chapiteau sur l’esplanade du port. Acrobates, jongleurs et musiciens y jouent le cabaret des *Estivales de la Baie*.\n\nUne répétition publique est prévue la veille de la première.',
    publishedAt: '2026-07-06T09:00:00+02:00',
    themes: ['arts-du-cirque'],
    places: ['esplanade-du-port-du-legue'],
  },
  {
    kind: 'ARTICLE',
    space: 'ville-de-saint-brieuc',
    title: 'Les Estivales de la Baie 2026 dévoilent leur programme',
    body: 'Cirque, bal folk, théâtre de rue et fanfares : le programme de l’été est en ligne. Tous les spectacles sont gratuits.',
    publishedAt: '2026-05-15T10:00:00+02:00',
    actions: ['les-estivales-de-la-baie-2026'],
    themes: ['culture'],
  },
  {
    kind: 'ARTICLE',
    space: 'mediatheque-du-plateau',
    title: 'Bilan de la saison des contes',
    body: 'Note interne pour l’équipe : fréquentation, retours des familles, idées pour la rentrée.',
    publishedAt: '2026-06-30T17:00:00+02:00',
    visibility: 'MEMBERS',
  },
  {
    kind: 'ANNOUNCEMENT',
    space: 'repair-cafe-du-legue',
    type: 'REQUEST',
    title: 'Bénévoles recherchés pour le repair café',
    body: 'Vous savez souder, coudre ou réparer un vélo ? Rejoignez-nous un samedi par mois.',
    publishedAt: '2026-11-01T09:00:00+01:00',
    expiresAt: '2027-03-31T23:59:00+02:00',
  },
  {
    kind: 'ANNOUNCEMENT',
    space: 'compagnie-les-funambules-du-legue',
    type: 'OFFER',
    title: 'Prêt de praticables et de projecteurs',
    body: 'Entre deux tournées, la compagnie prête son matériel aux associations de l’agglomération.',
    publishedAt: '2026-09-10T09:00:00+02:00',
  },
  {
    kind: 'PAGE',
    space: 'ville-de-saint-brieuc',
    title: 'Présentation',
    body: 'La ville porte les **Estivales de la Baie** et accompagne les associations du territoire.\n\n- Service culturel\n- Médiathèque du Plateau',
  },
];

/** A recurring series, set on an action already created, and the occurrences changed in it. */
export interface DemoSeries {
  action: string;
  rule: string;
  exceptions?: string[];
  /** Occurrences moved: the original start, and the new start and end (ISO date-times with offset). */
  moves?: { originalStartsAt: string; startsAt: string; endsAt: string }[];
}

/** Recurring series, set on actions already created; demoData() places the story time around the load day. */
const WRITTEN_SERIES: DemoSeries[] = [
  {
    // Every Wednesday at 10:30 for six months, except the school holidays; the action's own dates
    // give the first occurrence and its length.
    action: 'heure-du-conte',
    rule: 'FREQ=WEEKLY;BYDAY=WE;UNTIL=20260624T220000Z',
    exceptions: ['2026-02-18', '2026-02-25', '2026-04-15', '2026-04-22'],
  },
];

// ---------------------------------------------------------------------------------------------
// The demo for a load day.

/** The demo for one load day: every list the loader writes, and the canonical example's slugs and dates. */
export interface DemoData {
  /** The load day (calendar date in `zone`). */
  today: string;
  zone: string;
  /** Years the written data moved by (their texts' years moved as much). */
  years: number;
  themes: readonly DemoTheme[];
  places: readonly DemoPlace[];
  actors: DemoActor[];
  actions: DemoAction[];
  partnerships: DemoPartnership[];
  links: DemoLink[];
  series: DemoSeries[];
  content: DemoContent[];
  slugs: DemoSlugs;
  facts: DemoFacts;
}

/** The calendar day of an instant in a zone (default: now), the load day of a demo loaded then. */
export function demoToday(zone: string = DEMO_TIME_ZONE, instant: Temporal.Instant = Temporal.Now.instant()): string {
  return instant.toZonedDateTimeISO(zone).toPlainDate().toString();
}

/** Fields that hold a date or a date-time; every other string may hold years in its text. */
const DATE_FIELDS = new Set(['startsAt', 'endsAt', 'since', 'until', 'publishedAt', 'expiresAt', 'exceptions', 'originalStartsAt']);

/**
 * How far the written data moves for a load day: whole weeks (weekdays hold), as close to `years`
 * whole years as weeks allow (seasons hold), with `years` the most that leaves last year's festival
 * edition closed before the load day (see the top of this file).
 */
function shiftFor(today: Temporal.PlainDate): { years: number; weeks: number } {
  const archive = WRITTEN_ACTIONS.find((a) => a.slug === WRITTEN_SLUGS.archiveFestival);
  const closing = Temporal.PlainDate.from(archive!.endsAt!);
  for (let years = today.year - closing.year + 1; ; years -= 1) {
    const weeks = Math.round((years * 365.2425) / 7);
    if (Temporal.PlainDate.compare(closing.add({ weeks }), today) < 0) return { years, weeks };
  }
}

/** A wall-clock time in a zone as an ISO date-time with that zone's offset then ('compatible' across DST). */
function zoned(wall: Temporal.PlainDateTime, zone: string): string {
  return wall.toZonedDateTime(zone, { disambiguation: 'compatible' }).toString({ timeZoneName: 'never' });
}

/** Moves every date of a written value by `weeks`, and the years in its texts by `years`; returns a copy. */
function mover(weeks: number, years: number, zone: string) {
  const date = (value: string): string => {
    if (DATE_ONLY.test(value)) return Temporal.PlainDate.from(value).add({ weeks }).toString();
    // A written date-time is a wall-clock time in the zone: moved as such, then given the offset of its new day.
    if (DATE_TIME.test(value)) return zoned(Temporal.PlainDateTime.from(value.slice(0, 19)).add({ weeks }), zone);
    throw new Error(`Demo: "${value}" is neither a date nor a date-time with an offset`);
  };
  const text = (value: string): string => value.replace(/\b20\d\d\b/g, (y) => String(Number(y) + years));
  const move = <T>(value: T, field?: string): T => {
    if (typeof value === 'string') return (field && DATE_FIELDS.has(field) ? date(value) : text(value)) as T;
    if (Array.isArray(value)) return value.map((v) => move(v, field)) as T;
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, move(v, k)])) as T;
    return value;
  };
  return { move, date };
}

/** The earlier of two calendar dates. */
const earlier = (a: string, b: string): string => (Temporal.PlainDate.compare(a, b) <= 0 ? a : b);

/**
 * Start of the links created with an action without a `since` of its own: the first day of the
 * month three months before it starts, or of the load day's month when that is later than the load day.
 */
function linksSince(action: DemoAction, today: Temporal.PlainDate): string {
  const derived = Temporal.PlainDate.from(action.startsAt.slice(0, 10)).subtract({ months: 3 }).with({ day: 1 });
  return Temporal.PlainDate.compare(derived, today) <= 0 ? derived.toString() : today.with({ day: 1 }).toString();
}

/** The demo for a load day (YYYY-MM-DD in `zone`): a pure function of the two. */
export function demoData(today: string, zone: string = DEMO_TIME_ZONE): DemoData {
  if (!DATE_ONLY.test(today)) throw new Error(`Demo: the load day "${today}" is not a calendar date YYYY-MM-DD`);
  const day = Temporal.PlainDate.from(today);
  const { years, weeks } = shiftFor(day);
  const { move, date } = mover(weeks, years, zone);
  const slugs: DemoSlugs = move(WRITTEN_SLUGS);
  const w = WRITTEN_FACTS;
  const facts: DemoFacts = {
    archiveAsOf: date(w.archiveAsOf),
    archivePartOfSince: date(w.archivePartOfSince),
    archivePartOfUntil: date(w.archivePartOfUntil),
    programmeSince: date(w.programmeSince),
    partnershipSince: date(w.partnershipSince),
    formerMemberAsOf: date(w.formerMemberAsOf),
  };
  const actors = move(WRITTEN_ACTORS);
  const actions = move(WRITTEN_ACTIONS);
  const partnerships = move(WRITTEN_PARTNERSHIPS);
  const links = move(WRITTEN_LINKS);
  const series = move(WRITTEN_SERIES);
  const content = move(WRITTEN_CONTENT);
  const at = (d: Temporal.PlainDate, time: string) => zoned(d.toPlainDateTime(Temporal.PlainTime.from(time)), zone);
  const action = (slug: string) => {
    const found = actions.find((a) => a.slug === slug);
    if (!found) throw new Error(`Demo: no action "${slug}"`);
    return found;
  };

  // Placed from the load day itself. Weeks run Monday to Sunday, as in France.
  const monday = day.subtract({ days: day.dayOfWeek - 1 });
  // The story time: every Wednesday at 10:30 since eight weeks ago, for 24 weeks; one session three
  // weeks ago and one in two weeks are skipped (school holidays), the one in three weeks is moved to
  // that Saturday.
  const wednesday = (week: number) => monday.add({ days: 2 + 7 * week });
  const story = action(slugs.weeklySeries);
  story.startsAt = at(wednesday(-8), '10:30');
  story.endsAt = at(wednesday(-8), '11:30');
  const lastSession = Temporal.ZonedDateTime.from(`${at(wednesday(15), '23:59:59')}[${zone}]`).toInstant();
  const moved = wednesday(3);
  series[0] = {
    action: slugs.weeklySeries,
    rule: `FREQ=WEEKLY;BYDAY=WE;UNTIL=${lastSession.toString().replace(/[-:]/g, '').replace(/\.\d+/, '')}`,
    exceptions: [wednesday(-3).toString(), wednesday(2).toString()],
    moves: [{ originalStartsAt: at(moved, '10:30'), startsAt: at(moved.add({ days: 3 }), '10:30'), endsAt: at(moved.add({ days: 3 }), '11:30') }],
  };
  // Next week's workshop: the Tuesday afternoon of the coming week.
  const workshop = action(slugs.nextWeekWorkshop);
  workshop.startsAt = at(monday.add({ weeks: 1, days: 1 }), '14:00');
  workshop.endsAt = at(monday.add({ weeks: 1, days: 1 }), '16:00');
  // The festival's programme article is from a month ago; the programme (its shows' links) is out by
  // then at the latest, so the current edition shows its shows on the load day whenever that is.
  const programme = content.find((c) => c.title === slugs.programmeArticleTitle);
  if (!programme) throw new Error('Demo: no programme article');
  const published = day.subtract({ months: 1 });
  programme.publishedAt = at(published, '10:00');
  const programmeSince = earlier(facts.programmeSince, published.toString());
  for (const l of links) if (l.type === 'PART_OF' && l.to === slugs.festival) l.since = programmeSince;

  // Nothing starts or is published after the load day: a link or an article from the future would
  // not show on the day the demo is meant to show.
  const notAfterToday = (date: string) => earlier(date, today);
  for (const a of actors) a.since = notAfterToday(a.since);
  for (const a of actions) a.since = a.since ? notAfterToday(a.since) : linksSince(a, day);
  for (const p of partnerships) p.since = notAfterToday(p.since);
  for (const l of links) l.since = notAfterToday(l.since);
  for (const c of content) {
    if (c.publishedAt && Temporal.PlainDate.compare(c.publishedAt.slice(0, 10), today) >= 0) {
      c.publishedAt = at(day.subtract({ days: 1 }), c.publishedAt.slice(11, 19));
    }
  }

  const partnership = partnerships.find((p) => p.slug === slugs.partnership);
  return {
    today,
    zone,
    years,
    themes: DEMO_THEMES,
    places: DEMO_PLACES,
    actors,
    actions,
    partnerships,
    links,
    series,
    content,
    slugs,
    facts: { ...facts, programmeSince, partnershipSince: partnership?.since ?? facts.partnershipSince },
  };
}

// ---------------------------------------------------------------------------------------------
// Self-checks.

type EntityKind = 'theme' | 'place' | 'actor' | 'action' | 'partnership';

/** The API's entity type of each demo kind, to check links against the API's own rules. */
const TYPE_OF: Record<EntityKind, EntityType> = { theme: 'Theme', place: 'Place', actor: 'Actor', action: 'Action', partnership: 'Partnership' };

const BOUNDS = { south: 48.3, north: 48.7, west: -3.05, east: -2.45 };
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?([+-]\d{2}:\d{2})$/;

interface CommuneInfo {
  name: string;
  postalCodes: string[];
}

let communesCache: Map<string, CommuneInfo> | null = null;

/** The agglomeration's member communes, from the official list shipped on npm (read once). */
function memberCommunes(): Map<string, CommuneInfo> {
  if (communesCache) return communesCache;
  const require = createRequire(import.meta.url);
  const epcis = require('@etalab/decoupage-administratif/data/epci.json') as Array<{ code: string; membres: Array<{ code: string; nom: string }> }>;
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as Array<{ code: string; type: string; codesPostaux?: string[] }>;
  const epci = epcis.find((e) => e.code === DEMO_EPCI_CODE);
  const members = new Map<string, CommuneInfo>();
  for (const m of epci?.membres ?? []) {
    const commune = communes.find((c) => c.code === m.code && c.type === 'commune-actuelle');
    members.set(m.code, { name: m.nom, postalCodes: commune?.codesPostaux ?? [] });
  }
  communesCache = members;
  return members;
}

/** The local wall-clock time of an instant in a zone, as `YYYY-MM-DDTHH:MM`. */
function wallClock(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .format(instant)
    .replace(' ', 'T');
}

function isRealDate(value: string): boolean {
  if (!DATE_ONLY.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A comparable instant for a date or date-time (dates read as Paris midnight, close enough to order them). */
function instantOf(value: string): number {
  return DATE_ONLY.test(value) ? Date.parse(`${value}T00:00:00+01:00`) : Date.parse(value);
}

/** A dated PART_OF edge, from inline parents or from the dated links. */
interface PartOfEdge {
  from: string;
  to: string;
  since: string;
  until?: string;
}

/** PART_OF edges of the whole demo, inline and dated. */
export function demoPartOfEdges(data: DemoData): PartOfEdge[] {
  const edges: PartOfEdge[] = [];
  for (const a of data.actors) for (const p of a.parents ?? []) edges.push({ from: a.slug, to: p, since: a.since });
  for (const a of data.actions) for (const p of a.parents ?? []) edges.push({ from: a.slug, to: p, since: a.since ?? a.startsAt });
  for (const l of data.links) if (l.type === 'PART_OF') edges.push({ from: l.from, to: l.to, since: l.since, until: l.until });
  return edges;
}

/** Children of `parent` through links current at `asOf` (a calendar date). */
export function demoChildrenAsOf(data: DemoData, parent: string, asOf: string): string[] {
  const at = instantOf(asOf);
  return demoPartOfEdges(data)
    .filter((e) => e.to === parent && instantOf(e.since) <= at && (e.until === undefined || at < instantOf(e.until)))
    .map((e) => e.from);
}

/** Problems in the demo data for a load day; empty when it is consistent. */
export function validateDemoData(data: DemoData): string[] {
  const problems: string[] = [];
  const kindOf = new Map<string, EntityKind>();
  const order = new Map<string, number>();

  const register = (kind: EntityKind, items: ReadonlyArray<{ slug: string }>) => {
    items.forEach((item, index) => {
      if (!SLUG.test(item.slug)) problems.push(`${kind} "${item.slug}": slug is not lowercase-with-hyphens`);
      if (kindOf.has(item.slug)) problems.push(`${kind} "${item.slug}": duplicate slug (already a ${kindOf.get(item.slug)} slug)`);
      kindOf.set(item.slug, kind);
      order.set(`${kind}:${item.slug}`, index);
    });
  };
  register('theme', data.themes);
  register('place', data.places);
  register('actor', data.actors);
  register('action', data.actions);
  register('partnership', data.partnerships);

  const expect = (owner: string, field: string, slugs: readonly string[] | undefined, kind: EntityKind) => {
    const seen = new Set<string>();
    for (const slug of slugs ?? []) {
      if (kindOf.get(slug) !== kind) problems.push(`${owner}: ${field} "${slug}" is not a ${kind} of the demo`);
      if (seen.has(slug)) problems.push(`${owner}: ${field} "${slug}" listed twice`);
      seen.add(slug);
    }
  };
  /** Parents must be created first: listed earlier in the same array. */
  const expectBefore = (kind: EntityKind, child: string, parents: readonly string[] | undefined) => {
    const childIndex = order.get(`${kind}:${child}`) ?? -1;
    for (const p of parents ?? []) {
      const parentIndex = order.get(`${kind}:${p}`);
      if (parentIndex !== undefined && parentIndex >= childIndex) problems.push(`${kind} "${child}": parent "${p}" is listed after it`);
      if (p === child) problems.push(`${kind} "${child}": is its own parent`);
    }
  };
  const expectDate = (owner: string, field: string, value: string | undefined) => {
    if (value === undefined) return;
    if (!isRealDate(value)) problems.push(`${owner}: ${field} "${value}" is not a calendar date YYYY-MM-DD`);
    else if (value > data.today && field === 'since') problems.push(`${owner}: since ${value} is after the load day (${data.today})`);
  };
  const expectOrder = (owner: string, since: string | undefined, until: string | undefined) => {
    if (since && until && instantOf(until) <= instantOf(since)) problems.push(`${owner}: until ${until} is not after since ${since}`);
  };

  for (const t of data.themes) {
    expect(`theme "${t.slug}"`, 'broader', t.broader, 'theme');
    expectBefore('theme', t.slug, t.broader);
  }

  const communes = memberCommunes();
  if (communes.size === 0) problems.push(`EPCI ${DEMO_EPCI_CODE} not found in @etalab/decoupage-administratif`);
  for (const p of data.places) {
    const owner = `place "${p.slug}"`;
    const { latitude, longitude } = p.location;
    if (!(latitude >= BOUNDS.south && latitude <= BOUNDS.north && longitude >= BOUNDS.west && longitude <= BOUNDS.east)) {
      problems.push(`${owner}: (${latitude}, ${longitude}) is outside the agglomeration's bounding box`);
    }
    const commune = communes.get(p.communeCode);
    if (!commune) problems.push(`${owner}: commune ${p.communeCode} is not a member of EPCI ${DEMO_EPCI_CODE}`);
    else {
      if (commune.postalCodes.length && !commune.postalCodes.includes(p.address.postalCode)) {
        problems.push(`${owner}: postal code ${p.address.postalCode} is not one of ${commune.name}'s (${commune.postalCodes.join(', ')})`);
      }
      if (p.address.city !== commune.name) problems.push(`${owner}: city "${p.address.city}" is not the commune's name "${commune.name}"`);
    }
  }

  for (const a of data.actors) {
    const owner = `actor "${a.slug}"`;
    expect(owner, 'parents', a.parents, 'actor');
    expectBefore('actor', a.slug, a.parents);
    expect(owner, 'places', a.places, 'place');
    expect(owner, 'themes', a.themes, 'theme');
    expectDate(owner, 'since', a.since);
    if (a.places.length === 0) problems.push(`${owner}: has no place`);
    if (a.themes.length === 0) problems.push(`${owner}: has no theme`);
  }

  for (const a of data.actions) {
    const owner = `action "${a.slug}"`;
    expect(owner, 'parents', a.parents, 'action');
    expectBefore('action', a.slug, a.parents);
    expect(owner, 'carriers', a.carriers, 'actor');
    expect(owner, 'participants', a.participants, 'actor');
    expect(owner, 'places', a.places, 'place');
    expect(owner, 'themes', a.themes, 'theme');
    expectDate(owner, 'since', a.since);
    if (a.since === undefined) problems.push(`${owner}: has no since`);
    if (a.carriers.length === 0) problems.push(`${owner}: has no carrier`);
    for (const p of a.participants ?? []) if (a.carriers.includes(p)) problems.push(`${owner}: "${p}" both carries and takes part`);
    for (const [field, value] of [
      ['startsAt', a.startsAt],
      ['endsAt', a.endsAt],
    ] as const) {
      if (value === undefined) continue;
      if (a.allDay) {
        if (!isRealDate(value)) problems.push(`${owner}: all-day ${field} "${value}" is not a calendar date`);
        continue;
      }
      const m = DATE_TIME.exec(value);
      if (!m) {
        problems.push(`${owner}: timed ${field} "${value}" is not an ISO date-time with an offset`);
        continue;
      }
      const wall = wallClock(new Date(value), data.zone);
      if (wall !== `${m[1]}T${m[2]}`) problems.push(`${owner}: ${field} "${value}" has the wrong offset for ${data.zone} (that instant is ${wall} there)`);
    }
    if (a.endsAt !== undefined && instantOf(a.endsAt) < instantOf(a.startsAt)) problems.push(`${owner}: ends ${a.endsAt} before it starts ${a.startsAt}`);
    if (a.endsAt !== undefined && !a.allDay && instantOf(a.endsAt) === instantOf(a.startsAt)) problems.push(`${owner}: ends when it starts`);
  }

  for (const p of data.partnerships) {
    const owner = `partnership "${p.slug}"`;
    expect(owner, 'parties', p.parties, 'actor');
    expect(owner, 'actions', p.actions, 'action');
    expect(owner, 'themes', p.themes, 'theme');
    if (new Set(p.parties).size < 2) problems.push(`${owner}: needs at least two different parties`);
    expectDate(owner, 'since', p.since);
    expectDate(owner, 'until', p.until);
    expectOrder(owner, p.since, p.until);
  }

  const seenLinks = new Set<string>();
  for (const l of data.links) {
    const owner = `link ${l.type} ${l.from} → ${l.to}`;
    const from = kindOf.get(l.from);
    const to = kindOf.get(l.to);
    if (!from) problems.push(`${owner}: "${l.from}" is not in the demo`);
    if (!to) problems.push(`${owner}: "${l.to}" is not in the demo`);
    if (from && to && !isAllowed(l.type, TYPE_OF[from], TYPE_OF[to])) problems.push(`${owner}: ${l.type} does not allow ${from} → ${to}`);
    if (l.from === l.to) problems.push(`${owner}: links an entity to itself`);
    expectDate(owner, 'since', l.since);
    expectDate(owner, 'until', l.until);
    expectOrder(owner, l.since, l.until);
    const key = `${l.type}|${l.from}|${l.to}`;
    if (seenLinks.has(key)) problems.push(`${owner}: listed twice`);
    seenLinks.add(key);
    if (inlineLinkExists(data, l)) problems.push(`${owner}: already created inline with its entity`);
  }

  // No cycle in the PART_OF trees, whatever the dates.
  const parentsOf = new Map<string, string[]>();
  for (const e of demoPartOfEdges(data)) parentsOf.set(e.from, [...(parentsOf.get(e.from) ?? []), e.to]);
  for (const start of parentsOf.keys()) {
    const stack = [...(parentsOf.get(start) ?? [])];
    const seen = new Set<string>();
    while (stack.length) {
      const next = stack.pop() as string;
      if (next === start) {
        problems.push(`PART_OF cycle through "${start}"`);
        break;
      }
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(parentsOf.get(next) ?? []));
    }
  }

  problems.push(...checkCanonicalExample(data, kindOf), ...checkContent(data, kindOf));
  return problems;
}

/** True when a dated link duplicates a link the create mutations already make. */
function inlineLinkExists(data: DemoData, l: DemoLink): boolean {
  const actor = data.actors.find((a) => a.slug === l.from);
  const action = data.actions.find((a) => a.slug === l.from);
  switch (l.type) {
    case 'PART_OF':
      return Boolean(actor?.parents?.includes(l.to) || action?.parents?.includes(l.to));
    case 'LOCATED_AT':
      return Boolean(actor?.places.includes(l.to) || action?.places.includes(l.to));
    case 'TAGGED':
      return Boolean(actor?.themes.includes(l.to) || action?.themes.includes(l.to));
    case 'CARRIES':
      return Boolean(data.actions.find((a) => a.slug === l.to)?.carriers.includes(l.from));
    case 'TAKES_PART_IN':
      return Boolean(data.actions.find((a) => a.slug === l.to)?.participants?.includes(l.from));
    default:
      return false;
  }
}

/** The seed's example must hold exactly as tests expect it, on the load day. */
function checkCanonicalExample(data: DemoData, kindOf: Map<string, EntityKind>): string[] {
  const problems: string[] = [];
  const s = data.slugs;
  const f = data.facts;
  const today = data.today;
  for (const [key, value] of Object.entries(s)) {
    if (key === 'programmeArticleTitle') continue;
    for (const slug of typeof value === 'string' ? [value] : value) if (!kindOf.has(slug)) problems.push(`slugs.${key}: "${slug}" is not in the demo`);
  }

  const action = (slug: string) => data.actions.find((a) => a.slug === slug);
  const actor = (slug: string) => data.actors.find((a) => a.slug === slug);
  const town = actor(s.town);
  if (town?.name !== 'Ville de Saint-Brieuc' || town.kind !== 'INSTITUTION') problems.push('the town must be "Ville de Saint-Brieuc", an INSTITUTION');
  if (actor(s.circusCompany)?.kind !== 'ARTIST') problems.push('the circus company must be an ARTIST');

  // Each edition is named after the year it opens, and carried by the town.
  for (const [which, slug] of [
    ['current', s.festival],
    ['archive', s.archiveFestival],
  ] as const) {
    const edition = action(slug);
    const name = `Les Estivales de la Baie ${edition?.startsAt.slice(0, 4)}`;
    if (edition?.name !== name || edition.kind !== 'FESTIVAL' || !edition.carriers.includes(s.town)) {
      problems.push(`the ${which} festival must be "${name}", a FESTIVAL carried by the town`);
    }
  }
  const current = action(s.festival);
  const archive = action(s.archiveFestival);
  // Running or coming: it closes on the load day or later (at most a week earlier: see the top of this file).
  const weekAgo = Temporal.PlainDate.from(today).subtract({ days: 7 }).toString();
  if (current?.endsAt && current.endsAt < weekAgo) problems.push(`the current festival closed on ${current.endsAt}, before the load day ${today}`);
  if (archive?.endsAt && archive.endsAt >= today) problems.push(`the archive festival closes on ${archive.endsAt}, not before the load day ${today}`);
  if (f.archivePartOfUntil > today) problems.push(`the archive festival's links end on ${f.archivePartOfUntil}, after the load day ${today}`);

  const show = action(s.circusShow);
  if (show?.kind !== 'SHOW' || !show.carriers.includes(s.circusCompany) || !current || !(show.startsAt >= current.startsAt && show.startsAt.slice(0, 10) <= current.endsAt!)) {
    problems.push('the circus show must be a SHOW during the current festival, carried by the circus company');
  }

  const archiveThen = demoChildrenAsOf(data, s.archiveFestival, f.archiveAsOf).sort();
  if (archiveThen.join() !== [...s.archiveShows].sort().join()) {
    problems.push(`the archive festival as of ${f.archiveAsOf} should show exactly ${s.archiveShows.join(', ')}; got ${archiveThen.join(', ')}`);
  }
  const archiveNow = demoChildrenAsOf(data, s.archiveFestival, today);
  if (archiveNow.length) problems.push(`the archive festival on the load day should show no child; got ${archiveNow.join(', ')}`);

  const currentNow = demoChildrenAsOf(data, s.festival, today);
  for (const slug of s.shows) {
    if (!currentNow.includes(slug)) problems.push(`the current festival should have "${slug}" as a part on the load day`);
    if (action(slug)?.kind !== 'SHOW') problems.push(`"${slug}" should be a SHOW`);
  }
  if (!s.shows.includes(s.circusShow)) problems.push('the circus show must be one of the current shows');
  const beforeProgramme = Temporal.PlainDate.from(f.programmeSince).subtract({ days: 1 }).toString();
  if (demoChildrenAsOf(data, s.festival, beforeProgramme).length) problems.push(`the current festival should have no part before its programme (${f.programmeSince})`);

  const partnership = data.partnerships.find((p) => p.slug === s.partnership);
  if (
    !partnership ||
    !partnership.parties.includes(s.town) ||
    !partnership.parties.includes(s.circusCompany) ||
    !partnership.actions?.includes(s.festival) ||
    partnership.since !== f.partnershipSince ||
    !archive ||
    partnership.since >= archive.startsAt
  ) {
    problems.push('the partnership must join the town and the circus company, concern the current festival and start before the archive one');
  }

  if (demoChildrenAsOf(data, s.multiParentActor, today).join() !== s.antenna) problems.push('the antenna must be part of the multi-parent association');
  const multiParents = demoPartOfEdges(data).filter((e) => e.from === s.multiParentActor && e.until === undefined);
  if (multiParents.length < 2) problems.push(`"${s.multiParentActor}" should have two current parents`);
  if (demoChildrenAsOf(data, s.network, today).includes(s.formerMember)) problems.push('the former member should no longer be part of the network');
  if (!demoChildrenAsOf(data, s.network, f.formerMemberAsOf).includes(s.formerMember)) problems.push(`the former member should be part of the network on ${f.formerMemberAsOf}`);

  // What is "now" on any load day.
  const nextMonday = Temporal.PlainDate.from(today).add({ days: 8 - Temporal.PlainDate.from(today).dayOfWeek });
  const workshop = action(s.nextWeekWorkshop);
  const workshopDay = workshop ? Temporal.PlainDate.from(workshop.startsAt.slice(0, 10)) : null;
  if (workshop?.kind !== 'WORKSHOP' || !workshopDay || workshopDay.since(nextMonday).days < 0 || workshopDay.since(nextMonday).days > 6) {
    problems.push('the workshop must take place in the week after the load day');
  }
  const story = data.series.find((x) => x.action === s.weeklySeries);
  const storyAction = action(s.weeklySeries);
  if (!story || !storyAction || storyAction.startsAt.slice(0, 10) >= today) problems.push('the weekly series must have started before the load day');
  else {
    const until = /UNTIL=(\d{8})/.exec(story.rule)?.[1];
    if (!until || `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` <= today) problems.push('the weekly series must run after the load day');
    if (!story.exceptions?.some((e) => e > today)) problems.push('the weekly series must skip a coming session');
    if (!story.moves?.some((m) => m.originalStartsAt.slice(0, 10) > today)) problems.push('the weekly series must move a coming session');
  }
  return problems;
}

/** Articles and announcements: in a space of the demo, published by the load day, announcements still valid. */
function checkContent(data: DemoData, kindOf: Map<string, EntityKind>): string[] {
  const problems: string[] = [];
  const lastMonth = Temporal.PlainDate.from(data.today).subtract({ months: 1 });
  for (const c of data.content) {
    const owner = `${c.kind.toLowerCase()} "${c.title}"`;
    if (!kindOf.has(c.space)) problems.push(`${owner}: space "${c.space}" is not in the demo`);
    for (const slug of [...(c.themes ?? []), ...(c.places ?? []), ...(c.actions ?? [])]) if (!kindOf.has(slug)) problems.push(`${owner}: "${slug}" is not in the demo`);
    if (c.publishedAt && c.publishedAt.slice(0, 10) >= data.today) problems.push(`${owner}: published on ${c.publishedAt}, not before the load day`);
    if (c.expiresAt && c.expiresAt.slice(0, 10) <= data.today) problems.push(`${owner}: expired on ${c.expiresAt}, before the load day`);
  }
  const programme = data.content.find((c) => c.title === data.slugs.programmeArticleTitle);
  if (programme?.publishedAt?.slice(0, 10) !== lastMonth.toString()) problems.push('the programme article must be from a month before the load day');
  return problems;
}
