// Lazy route module: a territory's page — its level and official code, the territories above and
// inside it, the actors and actions located in it, and its actions month by month.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { graphql } from '../gql';
import { ActionList } from '../home/ActionList';
import { ActorList } from '../home/ActorList';
import { defineMessages, useT } from '../i18n/i18n';
import { entityPath } from '../routing/paths';
import { territoryLevelMessages } from './levels';
import { Section } from '../shared/EntitySections';
import { EntityRoute } from '../shared/EntityRoute';
import { EntityStatistics } from '../stats/EntityStatistics';

const messages = defineMessages(
  'territory',
  { code: 'Code officiel : {code}', population: '{count, plural, one {# habitant} other {# habitants}}', parents: 'Fait partie de', children: 'Comprend' },
  { code: 'Official code: {code}', population: '{count, plural, one {# inhabitant} other {# inhabitants}}', parents: 'Part of', children: 'Includes' },
);

const TerritoryPageQuery = graphql(`
  query TerritoryPage($slug: String!) {
    territory(slug: $slug) {
      id
      slug
      name
      level
      code
      population
      parents(first: 10) {
        id
        slug
        name
        level
      }
      children(first: 100) {
        id
        slug
        name
        level
      }
    }
  }
`);

type TerritoryItem = { id: string; slug: string; name: string; level: 'COMMUNE' | 'EPCI' | 'DEPARTEMENT' | 'REGION' };

function TerritoryList({ id, title, territories }: { id: string; title: string; territories: TerritoryItem[] }) {
  const levels = useT(territoryLevelMessages);
  if (!territories.length) return null;
  return (
    <Section id={id} title={title}>
      <ul className="items">
        {territories.map((territory) => (
          <li key={territory.id} className="item">
            <Link className="item-name" href={entityPath('territory', territory.slug)}>
              {territory.name}
            </Link>
            <span className="item-meta">{levels(`level.${territory.level}`)}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}

export function Component() {
  const { slug = '' } = useParams();
  return <TerritoryPage key={slug} slug={slug} />;
}

function TerritoryPage({ slug }: { slug: string }) {
  const t = useT(messages);
  const levels = useT(territoryLevelMessages);
  const { data, error, refetch } = useQuery(TerritoryPageQuery, { variables: { slug } });
  const territory = data ? data.territory : undefined;
  return (
    <EntityRoute entity={territory} title={territory?.name ?? null} error={error} refetch={refetch}>
      {(territory) => (
        <article className="entity">
          <header className="entity-header">
            <p className="kind">{levels(`level.${territory.level}`)}</p>
            <h1>{territory.name}</h1>
            <p className="when">
              {t('code', { code: territory.code })}
              {territory.population != null && ` · ${t('population', { count: territory.population })}`}
            </p>
          </header>
          <div className="blocks">
            <TerritoryList id="parents" title={t('parents')} territories={territory.parents} />
            <TerritoryList id="children" title={t('children')} territories={territory.children} />
          </div>
          <div className="columns lists">
            <ActorList filter={{ territoryIds: [territory.id] }} />
            <ActionList filter={{ territoryIds: [territory.id] }} />
          </div>
          <div className="blocks">
            <EntityStatistics scope={{ territoryId: territory.id }} />
          </div>
        </article>
      )}
    </EntityRoute>
  );
}
