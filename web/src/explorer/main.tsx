// The GraphQL explorer served at GET /graphql (api/serving/explorer.ts): GraphiQL with its explorer
// plugin, bundled here as its own entry so the portal does not carry it. GraphiQL 4 (CodeMirror 5) is
// used rather than 5 (Monaco): Monaco needs web workers and injects <style> elements at run time, which
// a strict Content-Security-Policy (style-src 'self') blocks; CodeMirror 5 styles through its stylesheet
// and element.style, which the policy allows. Fonts are inlined in GraphiQL's CSS, so nothing is
// fetched from another origin.
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './explorer.css';

/** Same-origin POST: the session cookie goes along, so a signed-in developer sees what they may see. */
const fetcher: GraphiQLProps['fetcher'] = async (params) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify(params),
  });
  return response.json();
};

const plugins = [explorerPlugin()];


createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} plugins={plugins} />
  </StrictMode>,
);
