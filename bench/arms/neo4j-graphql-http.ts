// Arm B over HTTP, for the hostile requests of Q8: @neo4j/graphql's schema behind Apollo Server's
// standalone server with its defaults, as the library's getting-started guide sets it up. Readers are
// anonymous (an empty JWT): an attacker has no session.
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLSchema } from 'graphql';

export interface ArmBHttp {
  url: string;
  close(): Promise<void>;
}

export async function startArmBHttp(schema: GraphQLSchema): Promise<ArmBHttp> {
  const server = new ApolloServer<{ jwt: { spaceIds: string[] } }>({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => ({ jwt: { spaceIds: [] } }),
  });
  return { url, close: () => server.stop() };
}
