// The blocks an entity page is made of. Each is a titled region, left out when it has nothing.
import type { ReactNode } from 'react';
import { ActionItem } from '../action/ActionItem';
import { ActorItem } from '../actor/ActorItem';
import type { ActionSummaryFragment, ActorSummaryFragment, PlaceSummaryFragment } from '../gql/graphql';
import { useCommon } from '../i18n/common';
import { Link } from 'wouter';
import { entityPath } from '../routing/paths';
import { formatAddress } from './format';

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="block" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}

export function ActorSection({ id, title, actors, asOf }: { id: string; title: string; actors: ActorSummaryFragment[]; asOf: string | null }) {
  if (!actors.length) return null;
  return (
    <Section id={id} title={title}>
      <ul className="items">
        {actors.map((actor) => (
          <ActorItem key={actor.id} actor={actor} asOf={asOf} />
        ))}
      </ul>
    </Section>
  );
}

export function ActionSection({ id, title, actions, asOf }: { id: string; title: string; actions: ActionSummaryFragment[]; asOf: string | null }) {
  if (!actions.length) return null;
  return (
    <Section id={id} title={title}>
      <ul className="items">
        {actions.map((action) => (
          <ActionItem key={action.id} action={action} asOf={asOf} />
        ))}
      </ul>
    </Section>
  );
}

export function PlaceSection({ places, asOf = null }: { places: PlaceSummaryFragment[]; asOf?: string | null }) {
  const t = useCommon();
  if (!places.length) return null;
  return (
    <Section id="places" title={t('places')}>
      <ul className="items">
        {places.map((place) => {
          const address = formatAddress(place.address);
          return (
            <li key={place.id} className="item">
              <Link className="item-name" href={entityPath('place', place.slug, asOf)}>
                {place.name}
              </Link>
              {address && <address className="item-meta">{address}</address>}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

export function ThemeSection({ themes }: { themes: { id: string; slug: string; name: string }[] }) {
  const t = useCommon();
  if (!themes.length) return null;
  return (
    <Section id="themes" title={t('themes')}>
      <ul className="tags">
        {themes.map((theme) => (
          <li key={theme.id}>
            <Link href={entityPath('theme', theme.slug)}>{theme.name}</Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

interface PartnershipView {
  id: string;
  slug: string;
  name: string;
  parties: { actor: { id: string; slug: string; name: string } }[];
}

/** Partnerships with their parties; `selfId` leaves out the actor whose page this is. */
export function PartnershipSection({ partnerships, selfId, asOf }: { partnerships: PartnershipView[]; selfId?: string; asOf: string | null }) {
  const t = useCommon();
  if (!partnerships.length) return null;
  return (
    <Section id="partnerships" title={t('partnerships')}>
      <ul className="items">
        {partnerships.map((partnership) => {
          const others = partnership.parties.filter((party) => party.actor.id !== selfId);
          return (
            <li key={partnership.id} className="item">
              <Link className="item-name" href={entityPath('partnership', partnership.slug, asOf)}>
                {partnership.name}
              </Link>
              {others.length > 0 && (
                <span className="item-meta">
                  {t('with')}{' '}
                  {others.map((party, index) => (
                    <span key={party.actor.id}>
                      {index > 0 && ', '}
                      <Link href={entityPath('actor', party.actor.slug, asOf)}>{party.actor.name}</Link>
                    </span>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}

/** Free text as written: paragraphs on blank lines, line breaks kept; written in French, whatever the interface's language. */
export function Description({ text, lang = 'fr' }: { text: string | null | undefined; lang?: string }) {
  if (!text) return null;
  return (
    <div className="description" lang={lang}>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}
