// Lint: TypeScript's recommended rules for the API, the SPA and the tests; generated code is skipped.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'neo4j/target/', 'api/generated/', 'web/src/gql/', 'tests/gql/', 'api/diffusion/gql/', 'api/diffusion/embed/gql/', 'data/', 'bench/results/', '.venv-ref/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Configuration is parsed once, validated, in api/config.ts; the tests read the shell only through
      // tests/helpers/env.ts, which keeps a developer's NEO4J_URI away from them.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through loadConfig() (api/config.ts); tests through tests/helpers/env.ts.' },
      ],
    },
  },
  {
    files: ['api/config.ts', 'tests/helpers/env.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    // Resolvers are typed against the stores' records through codegen mappers (codegen.ts): a cast to
    // `never` would silence that check, so the API has none (a needed cast names its precise type).
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSAsExpression > TSNeverKeyword', message: 'No `as never` in api/: map the record type in codegen.ts, or cast to the precise type.' },
        { selector: 'TSTypeAssertion > TSNeverKeyword', message: 'No `<never>` casts in api/: map the record type in codegen.ts, or cast to the precise type.' },
      ],
    },
  },
);
