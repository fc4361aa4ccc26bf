// Lazy route module: a partnership's page — what it is about, its parties with the dates of their
// participation, the actions it is tied to, its graph through time and its content.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { EntityContent } from '../content/EntityContent';
import { graphql } from '../gql';
import { EntityGraph } from '../graph/EntityGraph';
import { useCommon } from '../i18n/common';
import { defineMessages, useT } from '../i18n/i18n';
import { useAsOf } from '../routing/useAsOf';
import { entityPath } from '../routing/paths';
import { AsOfControl } from '../shared/AsOfControl';
import { ActionSection, Description, Section, ThemeSection } from '../shared/EntitySections';
import { EntityRoute, RefreshError } from '../shared/EntityRoute';
import { EntityStatistics } from '../stats/EntityStatistics';

const messages = defineMessages(
  'partnership',
  {
    kind: 'Partenariat',
    parties: 'Parties prenantes',
    actions: 'Actions liées',
    since: 'depuis le {date}',
    between: 'du {since} au {until}',
    'status.PROPOSED': 'Proposé, en attente de réponses',
    'status.ACTIVE': 'En cours',
    'status.DECLINED': 'Refusé',
  },
  {
    kind: 'Partnership',
    parties: 'Parties',
    actions: 'Related actions',
    since: 'since {date}',
    between: 'from {since} to {until}',
    'status.PROPOSED': 'Proposed, awaiting answers',
    'status.ACTIVE': 'Active',
    'status.DECLINED': 'Declined',
  },
);

const PartnershipPageQuery = graphql(`
  query PartnershipPage($slug: String!, $asOf: DateTime) {
    partnership(slug: $slug, asOf: $asOf) {
      id
      slug
      name
      description
      status
      parties(asOf: $asOf, first: 50) {
        actor {
          ...ActorSummary
        }
        link {
          id
          since
          until
        }
      }
      actions(asOf: $asOf, first: 50) {
        action {
          ...ActionSummary
        }
      }
      themes(asOf: $asOf, first: 20) {
        theme {
          id
          slug
          name
        }
      }
    }
  }
`);

export function Component() {
  const { slug = '' } = useParams();
  return <PartnershipPage key={slug} slug={slug} />;
}

function PartnershipPage({ slug }: { slug: string }) {
  const t = useT(messages);
  const common = useCommon();
  const [asOf] = useAsOf();
  const { data, previousData, loading, error, refetch } = useQuery(PartnershipPageQuery, { variables: { slug, asOf } });
  const shown = data ?? previousData;
  const partnership = shown ? shown.partnership : undefined;
  const date = (iso: string) => t.intl.formatDate(iso, { dateStyle: 'long', timeZone: 'Europe/Paris' });
  return (
    <EntityRoute entity={partnership} title={partnership?.name ?? null} error={error} refetch={refetch}>
      {(partnership) => (
        <article className="entity">
          <header className="entity-header">
            <p className="kind">{t('kind')}</p>
            <h1>{partnership.name}</h1>
            <p className="when">{t(`status.${partnership.status}`)}</p>
          </header>
          <AsOfControl loading={loading} />
          <RefreshError error={error} refetch={refetch} />
          <Description text={partnership.description} />
          <div className="blocks">
            <EntityGraph entityId={partnership.id} />
            {partnership.parties.length > 0 && (
              <Section id="parties" title={t('parties')}>
                <ul className="items">
                  {partnership.parties.map(({ actor, link }) => (
                    <li key={link.id} className="item">
                      <Link className="item-name" href={entityPath('actor', actor.slug, asOf)}>
                        {actor.name}
                      </Link>
                      <span className="item-meta">
                        {common(`actorKind.${actor.kind}`)}
                        {link.since &&
                          ` · ${link.until ? t('between', { since: date(link.since), until: date(link.until) }) : t('since', { date: date(link.since) })}`}
                      </span>
                    </li>
                  ))}
                </ul>
              </Section>
            )}
            <ActionSection id="actions" title={t('actions')} actions={partnership.actions.map((link) => link.action)} asOf={asOf} />
            <ThemeSection themes={partnership.themes.map((link) => link.theme)} />
            <EntityContent spaceId={partnership.id} asOf={asOf} />
            <EntityStatistics scope={{ spaceId: partnership.id }} />
          </div>
        </article>
      )}
    </EntityRoute>
  );
}
