// Entry point: the GraphQL client, the languages and the portal, mounted in #root.
import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './apollo';
import { App } from './App';
import { LangProvider } from './i18n/i18n';
import './styles.css';

const client = createApolloClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <LangProvider>
        <App />
      </LangProvider>
    </ApolloProvider>
  </StrictMode>,
);
