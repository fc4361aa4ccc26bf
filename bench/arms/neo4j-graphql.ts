// Arm B: @neo4j/graphql 7 over the same labels and data, with its own type definitions. Visibility
// uses its documented @authorization filter rules (a reader's spaces come in the JWT); a @cypher field
// is used only where the library has no equivalent (the bounding box of the map).
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';

// Rules of one `filter` list are alternatives: public items for everyone, members-only ones for members.
const VISIBLE = `@authorization(filter: [
  { requireAuthentication: false, where: { node: { visibility: { eq: "PUBLIC" } } } },
  { requireAuthentication: false, where: { node: { id: { in: "$jwt.spaceIds" } } } }
])`;

export const TYPE_DEFS = /* GraphQL */ `
  type JWT @jwt {
    spaceIds: [String!]
  }

  type Dated @relationshipProperties {
    since: DateTime
    until: DateTime
  }

  type Theme @node(labels: ["Theme", "Entity"]) {
    id: ID!
    name: String!
    broader: [Theme!]! @relationship(type: "BROADER", direction: OUT)
  }

  type Place @node(labels: ["Place", "Entity"]) {
    id: ID!
    name: String!
    location: Point
  }

  type Occurrence @node(labels: ["Occurrence"]) {
    originalStartsAt: DateTime!
    startsAt: DateTime
    endsAt: DateTime
    status: String
  }

  type Actor @node(labels: ["Actor", "Entity"]) ${VISIBLE} {
    id: ID!
    name: String!
    sortName: String!
    kind: String!
    visibility: String!
    parents: [Actor!]! @relationship(type: "PART_OF", direction: OUT, properties: "Dated")
    children: [Actor!]! @relationship(type: "PART_OF", direction: IN, properties: "Dated")
    carries: [Action!]! @relationship(type: "CARRIES", direction: OUT, properties: "Dated")
    takesPartIn: [Action!]! @relationship(type: "TAKES_PART_IN", direction: OUT, properties: "Dated")
    partnerships: [Partnership!]! @relationship(type: "PARTY_TO", direction: OUT, properties: "Dated")
    places: [Place!]! @relationship(type: "LOCATED_AT", direction: OUT, properties: "Dated")
    themes: [Theme!]! @relationship(type: "TAGGED", direction: OUT, properties: "Dated")
  }

  type Partnership @node(labels: ["Partnership", "Entity"]) ${VISIBLE} {
    id: ID!
    name: String!
    visibility: String!
    parties: [Actor!]! @relationship(type: "PARTY_TO", direction: IN, properties: "Dated")
    concerns: [Action!]! @relationship(type: "CONCERNS", direction: OUT, properties: "Dated")
  }

  type Action @node(labels: ["Action", "Entity"]) ${VISIBLE} {
    id: ID!
    name: String!
    sortName: String!
    visibility: String!
    status: String!
    startsAt: DateTime
    endsAt: DateTime
    seriesEndsAt: DateTime
    allDay: Boolean!
    timeZone: String!
    rrule: String
    exdates: [DateTime!]
    rdates: [DateTime!]
    places: [Place!]! @relationship(type: "LOCATED_AT", direction: OUT, properties: "Dated")
    themes: [Theme!]! @relationship(type: "TAGGED", direction: OUT, properties: "Dated")
    occurrenceChanges: [Occurrence!]! @relationship(type: "OF", direction: IN)
    parents: [Action!]! @relationship(type: "PART_OF", direction: OUT, properties: "Dated")
    children: [Action!]! @relationship(type: "PART_OF", direction: IN, properties: "Dated")
    carriers: [Actor!]! @relationship(type: "CARRIES", direction: IN, properties: "Dated")
    participants: [Actor!]! @relationship(type: "TAKES_PART_IN", direction: IN, properties: "Dated")
  }

  type Query {
    """
    Actions located in a bounding box and tagged with a theme or a narrower one, by name. The library
    has no bounding-box filter (only a distance), hence @cypher; visibility still comes from @authorization.
    """
    mapActions(west: Float!, south: Float!, east: Float!, north: Float!, themeId: ID!, at: DateTime!): [Action!]!
      @cypher(
        statement: """
        MATCH (a:Action)-[r:LOCATED_AT]->(p:Place)
        WHERE point.withinBBox(p.location, point({longitude: $west, latitude: $south}), point({longitude: $east, latitude: $north}))
          AND (r.since IS NULL OR r.since <= $at) AND (r.until IS NULL OR r.until > $at)
          AND EXISTS {
            MATCH (a)-[t:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= $at) AND (b.until IS NULL OR b.until > $at)){0,10} (th:Theme)
            WHERE th.id = $themeId AND (t.since IS NULL OR t.since <= $at) AND (t.until IS NULL OR t.until > $at)
          }
        WITH DISTINCT a ORDER BY a.sortName, a.id
        RETURN a
        """
        columnName: "a"
      )
  }
`;

export interface ArmB {
  schema: GraphQLSchema;
  execute(source: string, variables: Record<string, unknown>, spaceIds: string[]): Promise<{ data: unknown; errors?: readonly unknown[] }>;
}

export async function createArmB(driver: Driver): Promise<ArmB> {
  const neoSchema = new Neo4jGraphQL({
    typeDefs: TYPE_DEFS,
    driver,
    // The JWT is handed over already decoded (context.jwt); the key is only required by the library.
    features: { authorization: { key: 'bench-only-not-a-secret' } },
  });
  const schema = await neoSchema.getSchema();
  return {
    schema,
    async execute(source, variables, spaceIds) {
      const result = await graphql({ schema, source, variableValues: variables, contextValue: { jwt: { spaceIds } } });
      return { data: result.data, errors: result.errors };
    },
  };
}
