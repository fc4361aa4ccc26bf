// An actor's public page: who it is, what it belongs to and comprises, what it does, where, on
// which themes, with whom — as of today or of a chosen date.
import { useQuery } from '@apollo/client/react';
import { useParams } from 'wouter';
import { graphql } from '../gql';
import { useCommon } from '../i18n/common';
import { useContentLang } from '../i18n/i18n';
import { useAsOf } from '../routing/useAsOf';
import { EntityContent } from '../content/EntityContent';
import { EntityGraph } from '../graph/EntityGraph';
import { AsOfControl } from '../shared/AsOfControl';
import { EntityStatistics } from '../stats/EntityStatistics';
import { ActionSection, ActorSection, Description, PartnershipSection, PlaceSection, ThemeSection } from '../shared/EntitySections';
import { PlaceMiniMap } from '../map/LazyPlaceMiniMap';
import { LoadState } from '../shared/LoadState';
import { NotFound } from '../shared/NotFound';
import { useDocumentTitle } from '../shared/useDocumentTitle';

// asOf is passed to every link field too, so that the cache keeps each date's links apart.
const ActorPageQuery = graphql(`
  query ActorPage($slug: String!, $asOf: DateTime) {
    actor(slug: $slug, asOf: $asOf) {
      ...ActorSummary
      description
      website
      parents(asOf: $asOf, first: 100) {
        actor {
          ...ActorSummary
        }
      }
      children(asOf: $asOf, first: 100) {
        actor {
          ...ActorSummary
        }
      }
      upcomingActions(asOf: $asOf, first: 5) {
        action {
          ...ActionSummary
        }
      }
      actions(asOf: $asOf, first: 100) {
        role
        action {
          ...ActionSummary
        }
      }
      places(asOf: $asOf, first: 100) {
        place {
          ...PlaceSummary
          location {
            latitude
            longitude
          }
        }
      }
      themes(asOf: $asOf, first: 100) {
        theme {
          id
          slug
          name
        }
      }
      partnerships(asOf: $asOf, first: 50) {
        partnership {
          id
          slug
          name
          parties(asOf: $asOf, first: 20) {
            actor {
              id
              slug
              name
            }
          }
        }
      }
    }
  }
`);

export function ActorPage() {
  const slug = useParams().slug ?? '';
  const t = useCommon();
  const lang = useContentLang();
  const [asOf] = useAsOf();
  const { data, previousData, loading, error, refetch } = useQuery(ActorPageQuery, { variables: { slug, asOf } });
  // Changing the date keeps the page (and the focus in the date field) while the new view loads.
  const actor = (data ?? previousData)?.actor;
  useDocumentTitle(actor?.name ?? null);

  if (!data && !previousData) {
    return <LoadState failed={!!error} onRetry={() => void refetch().catch(() => {})} />;
  }
  if (!actor) return <NotFound />;
  const carried = actor.actions.filter((link) => link.role === 'CARRIES').map((link) => link.action);
  const joined = actor.actions.filter((link) => link.role === 'TAKES_PART_IN').map((link) => link.action);
  return (
    <article className="entity">
      <header className="entity-header">
        <p className="kind">{t(`actorKind.${actor.kind}`)}</p>
        <h1 lang={lang}>{actor.name}</h1>
        {actor.website && (
          <p>
            <a href={actor.website} rel="noopener">
              {t('website')}
            </a>
          </p>
        )}
      </header>
      <AsOfControl loading={loading} />
      {error && (
        <p className="error" role="alert">
          {t('loadFailed')}{' '}
          <button type="button" className="link-button" onClick={() => void refetch().catch(() => {})}>
            {t('retry')}
          </button>
        </p>
      )}
      <Description text={actor.description} lang={lang} />
      <div className="blocks">
        <EntityGraph entityId={actor.id} />
        <ActorSection id="parents" title={t('partOf')} actors={actor.parents.map((link) => link.actor)} asOf={asOf} />
        <ActorSection id="children" title={t('includes')} actors={actor.children.map((link) => link.actor)} asOf={asOf} />
        <ActionSection id="carried" title={t('carriedActions')} actions={carried} asOf={asOf} />
        <ActionSection id="joined" title={t('takesPartIn')} actions={joined} asOf={asOf} />
        <PlaceSection asOf={asOf} places={actor.places.map((link) => link.place)} />
        <PlaceMiniMap places={actor.places.map((link) => link.place)} name={actor.name} />
        <ThemeSection themes={actor.themes.map((link) => link.theme)} />
        <PartnershipSection partnerships={actor.partnerships.map((link) => link.partnership)} selfId={actor.id} asOf={asOf} />
        <ActionSection id="agenda" title={t('upcoming')} actions={actor.upcomingActions.map((link) => link.action)} asOf={asOf} />
        <EntityContent spaceId={actor.id} asOf={asOf} />
        <EntityStatistics scope={{ spaceId: actor.id }} />
      </div>
    </article>
  );
}
