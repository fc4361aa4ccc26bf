// Lint: TypeScript's recommended rules for the API, the SPA and the tests; generated code is skipped.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'neo4j/target/', 'api/generated/', 'web/src/gql/', 'data/', 'bench/results/', '.venv-ref/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
