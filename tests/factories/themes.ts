// Themes for tests, created through createTheme by `who`.
import { graphql } from '../gql/index.js';
import { idsOf, send, uniqueName, type Built, type Ref, type Writer } from './write.js';

const CREATE_THEME = graphql(`
  mutation FactoryCreateTheme($input: CreateThemeInput!) {
    createTheme(input: $input) {
      theme {
        id
        slug
        name
      }
    }
  }
`);

export interface ThemeOptions {
  name?: string;
  slug?: string;
  description?: string;
  /** Broader themes; `true` builds a new one. */
  broader?: readonly Ref[] | true;
}

export async function buildTheme(who: Writer, o: ThemeOptions = {}): Promise<Built> {
  const broader = o.broader === true ? [await buildTheme(who)] : o.broader;
  const data = await send(who, CREATE_THEME, {
    input: { name: uniqueName(o.name, 'Thème'), slug: o.slug, description: o.description, broaderIds: idsOf(broader) },
  });
  return data.createTheme.theme;
}
