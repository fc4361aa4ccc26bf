// Lazy route module: a place's page — its address, accessibility, the territories it lies in, and the
// actors and actions there, as of today or of a chosen date.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { graphql } from '../gql';
import { useCommon } from '../i18n/common';
import { defineMessages, useT } from '../i18n/i18n';
import { useAsOf } from '../routing/useAsOf';
import { entityPath } from '../routing/paths';
import { AsOfControl } from '../shared/AsOfControl';
import { ActionSection, ActorSection, Section } from '../shared/EntitySections';
import { EntityRoute, RefreshError } from '../shared/EntityRoute';
import { formatAddress } from '../shared/format';
import { territoryLevelMessages } from '../territory/levels';
import { PlaceMiniMap } from '../map/LazyPlaceMiniMap';

const messages = defineMessages(
  'place',
  {
    kind: 'Lieu',
    accessibility: 'Accessibilité',
    yes: 'oui',
    no: 'non',
    unknown: 'non renseigné',
    territories: 'Territoires',
    actorsHere: 'Acteurs installés ici',
    actionsHere: 'Actions ici',
  },
  {
    kind: 'Place',
    accessibility: 'Accessibility',
    yes: 'yes',
    no: 'no',
    unknown: 'not given',
    territories: 'Territories',
    actorsHere: 'Actors based here',
    actionsHere: 'Actions here',
  },
);

const PlacePageQuery = graphql(`
  query PlacePage($slug: String!, $asOf: DateTime) {
    place(slug: $slug, asOf: $asOf) {
      ...PlaceSummary
      location {
        latitude
        longitude
      }
      accessibility {
        wheelchair
        hearing
        sight
        intellectual
        notes
      }
      territories(first: 10) {
        id
        slug
        name
        level
      }
      actors(asOf: $asOf, first: 100) {
        actor {
          ...ActorSummary
        }
      }
      actions(asOf: $asOf, first: 100) {
        action {
          ...ActionSummary
        }
      }
    }
  }
`);

const NEEDS = [
  ['access.WHEELCHAIR', 'wheelchair'],
  ['access.HEARING', 'hearing'],
  ['access.SIGHT', 'sight'],
  ['access.MENTAL', 'intellectual'],
] as const;

export function Component() {
  const { slug = '' } = useParams();
  return <PlacePage key={slug} slug={slug} />;
}

function PlacePage({ slug }: { slug: string }) {
  const t = useT(messages);
  const common = useCommon();
  const levels = useT(territoryLevelMessages);
  const [asOf] = useAsOf();
  const { data, previousData, loading, error, refetch } = useQuery(PlacePageQuery, { variables: { slug, asOf } });
  const shown = data ?? previousData;
  const place = shown ? shown.place : undefined;
  return (
    <EntityRoute entity={place} title={place?.name ?? null} error={error} refetch={refetch}>
      {(place) => {
        const address = formatAddress(place.address);
        const access = place.accessibility;
        return (
          <article className="entity">
            <header className="entity-header">
              <p className="kind">{t('kind')}</p>
              <h1>{place.name}</h1>
              {address && <address className="when">{address}</address>}
            </header>
            <AsOfControl loading={loading} />
            <RefreshError error={error} refetch={refetch} />
            <div className="blocks">
              <PlaceMiniMap places={[place]} name={place.name} />
              <Section id="accessibility" title={t('accessibility')}>
                <dl className="facts">
                  {NEEDS.map(([label, field]) => {
                    const value = access?.[field];
                    return (
                      <div key={field}>
                        <dt>{common(label)}</dt>
                        <dd>{value === true ? t('yes') : value === false ? t('no') : t('unknown')}</dd>
                      </div>
                    );
                  })}
                </dl>
                {access?.notes && (
                  <p lang="fr" className="description">
                    {access.notes}
                  </p>
                )}
              </Section>
              {place.territories.length > 0 && (
                <Section id="territories" title={t('territories')}>
                  <ul className="items">
                    {place.territories.map((territory) => (
                      <li key={territory.id} className="item">
                        <Link className="item-name" href={entityPath('territory', territory.slug)}>
                          {territory.name}
                        </Link>
                        <span className="item-meta">{levels(`level.${territory.level}`)}</span>
                      </li>
                    ))}
                  </ul>
                </Section>
              )}
              <ActorSection id="actors-here" title={t('actorsHere')} actors={place.actors.map((link) => link.actor)} asOf={asOf} />
              <ActionSection id="actions-here" title={t('actionsHere')} actions={place.actions.map((link) => link.action)} asOf={asOf} />
            </div>
          </article>
        );
      }}
    </EntityRoute>
  );
}
