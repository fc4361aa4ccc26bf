// Lazy route module: a theme's page — what it covers, its broader and narrower themes, the actors and
// actions tagged with it or a narrower one, and how many actions it has month by month.
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'wouter';
import { graphql } from '../gql';
import { ActionList } from '../home/ActionList';
import { ActorList } from '../home/ActorList';
import { defineMessages, useT } from '../i18n/i18n';
import { entityPath } from '../routing/paths';
import { Description, Section } from '../shared/EntitySections';
import { EntityRoute } from '../shared/EntityRoute';
import { EntityStatistics } from '../stats/EntityStatistics';

const messages = defineMessages(
  'theme',
  { kind: 'Thème', broader: 'Thèmes plus larges', narrower: 'Thèmes plus précis' },
  { kind: 'Theme', broader: 'Broader themes', narrower: 'Narrower themes' },
);

const ThemePageQuery = graphql(`
  query ThemePage($slug: String!) {
    theme(slug: $slug) {
      id
      slug
      name
      description
      broader(first: 20) {
        id
        slug
        name
      }
      narrower(first: 100) {
        id
        slug
        name
      }
    }
  }
`);

export function ThemeLinks({ id, title, themes }: { id: string; title: string; themes: { id: string; slug: string; name: string }[] }) {
  if (!themes.length) return null;
  return (
    <Section id={id} title={title}>
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

export function Component() {
  const { slug = '' } = useParams();
  return <ThemePage key={slug} slug={slug} />;
}

function ThemePage({ slug }: { slug: string }) {
  const t = useT(messages);
  const { data, error, refetch } = useQuery(ThemePageQuery, { variables: { slug } });
  const theme = data ? data.theme : undefined;
  return (
    <EntityRoute entity={theme} title={theme?.name ?? null} error={error} refetch={refetch}>
      {(theme) => (
        <article className="entity">
          <header className="entity-header">
            <p className="kind">{t('kind')}</p>
            <h1>{theme.name}</h1>
          </header>
          <Description text={theme.description} />
          <div className="blocks">
            <ThemeLinks id="broader" title={t('broader')} themes={theme.broader} />
            <ThemeLinks id="narrower" title={t('narrower')} themes={theme.narrower} />
          </div>
          <div className="columns lists">
            <ActorList filter={{ themeIds: [theme.id] }} />
            <ActionList filter={{ themeIds: [theme.id] }} />
          </div>
          <div className="blocks">
            <EntityStatistics scope={{ themeId: theme.id }} />
          </div>
        </article>
      )}
    </EntityRoute>
  );
}
