// An action's public page: what, when, where, who carries it, what it belongs to and comprises
// (the shows of a festival) — as of today or of a chosen date.
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'wouter';
import { graphql } from '../gql';
import { useCommon } from '../i18n/common';
import { useContentLang } from '../i18n/i18n';
import { useAsOf } from '../routing/useAsOf';
import { ActionDates } from '../shared/ActionDates';
import { EntityContent } from '../content/EntityContent';
import { EntityGraph } from '../graph/EntityGraph';
import { AsOfControl } from '../shared/AsOfControl';
import { EntityStatistics } from '../stats/EntityStatistics';
import { RecurrenceSummary } from './Recurrence';
import { ActionSection, ActorSection, Description, PartnershipSection, PlaceSection, ThemeSection } from '../shared/EntitySections';
import { PlaceMiniMap } from '../map/LazyPlaceMiniMap';
import { LoadState } from '../shared/LoadState';
import { NotFound } from '../shared/NotFound';
import { StatusBadge } from '../shared/StatusBadge';
import { useDocumentTitle } from '../shared/useDocumentTitle';

// asOf is passed to every link field too, so that the cache keeps each date's links apart.
const ActionPageQuery = graphql(`
  query ActionPage($slug: String!, $asOf: DateTime, $from: DateTime!, $to: DateTime!) {
    action(slug: $slug, asOf: $asOf) {
      ...ActionSummary
      description
      recurrence {
        rule
      }
      next: occurrences(from: $from, to: $to, first: 1) {
        startsAt
        status
        modified
      }
      parents(asOf: $asOf, first: 100) {
        action {
          ...ActionSummary
        }
      }
      children(asOf: $asOf, first: 100) {
        action {
          ...ActionSummary
        }
      }
      actors(asOf: $asOf, first: 100) {
        role
        actor {
          ...ActorSummary
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

export function ActionPage() {
  const slug = useParams().slug ?? '';
  const t = useCommon();
  const lang = useContentLang();
  const [asOf] = useAsOf();
  // The next date is looked for from now to two years ahead; "now" is fixed when the page opens.
  const [horizon] = useState(() => ({ from: new Date().toISOString(), to: new Date(Date.now() + 2 * 365 * 86_400_000).toISOString() }));
  const { data, previousData, loading, error, refetch } = useQuery(ActionPageQuery, { variables: { slug, asOf, ...horizon } });
  const action = (data ?? previousData)?.action;
  useDocumentTitle(action?.name ?? null);

  if (!data && !previousData) {
    return <LoadState failed={!!error} onRetry={() => void refetch().catch(() => {})} />;
  }
  if (!action) return <NotFound />;
  const carriers = action.actors.filter((link) => link.role === 'CARRIES').map((link) => link.actor);
  const participants = action.actors.filter((link) => link.role === 'TAKES_PART_IN').map((link) => link.actor);
  return (
    <article className="entity">
      <header className="entity-header">
        <p className="kind">{t(`actionKind.${action.kind}`)}</p>
        <h1 lang={lang}>{action.name}</h1>
        <p className="when">
          <ActionDates action={action} /> <StatusBadge status={action.status} />
        </p>
        {action.recurrence && (
          <RecurrenceSummary rule={action.recurrence.rule} timeZone={action.timeZone} allDay={action.allDay} next={action.next[0] ?? null} />
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
      <Description text={action.description} lang={lang} />
      <div className="blocks">
        <EntityGraph entityId={action.id} />
        <ActorSection id="carriers" title={t('carriedBy')} actors={carriers} asOf={asOf} />
        <ActorSection id="participants" title={t('participants')} actors={participants} asOf={asOf} />
        <ActionSection id="parents" title={t('partOf')} actions={action.parents.map((link) => link.action)} asOf={asOf} />
        <ActionSection id="children" title={t('includes')} actions={action.children.map((link) => link.action)} asOf={asOf} />
        <PlaceSection asOf={asOf} places={action.places.map((link) => link.place)} />
        <PlaceMiniMap places={action.places.map((link) => link.place)} name={action.name} />
        <ThemeSection themes={action.themes.map((link) => link.theme)} />
        <PartnershipSection partnerships={action.partnerships.map((link) => link.partnership)} asOf={asOf} />
        <EntityContent spaceId={action.id} asOf={asOf} />
        <EntityStatistics scope={{ spaceId: action.id }} />
      </div>
    </article>
  );
}
