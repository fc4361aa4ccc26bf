// Arm B: @neo4j/graphql 7 over the same labels and data, with its own type definitions. Visibility
// uses its documented @authorization filter rules (a reader's spaces come in the JWT); a @cypher field
// is used only where the library has no equivalent (the bounding box of the map, the dated reach of a
// space, an article's publication compared with the present).
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql, type GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { REACH } from '../queries/reach.js';

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

  type Actor @node(labels: ["Actor", "Entity"]) ${VISIBLE}
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "searchActors", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    sortName: String!
    kind: String!
    visibility: String!
    searchText: String
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

  type Action @node(labels: ["Action", "Entity"]) ${VISIBLE}
    @fulltext(indexes: [{ indexName: "entity_text", queryName: "searchActions", fields: ["searchText"] }]) {
    id: ID!
    name: String!
    sortName: String!
    visibility: String!
    searchText: String
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

  "Any space an item is posted in, is about or is placed by (an actor, an action, a partnership): the Entity label."
  type Space @node(labels: ["Entity"]) {
    id: ID!
    visibility: String
  }

  type Placement @relationshipProperties {
    placement: String!
  }

  """
  Articles (Q5, Q6). Visible: public, published and posted in a public space; or posted in a space of
  the reader's (published or not).
  """
  type Article @node(labels: ["Article", "Content"]) @authorization(filter: [
    { requireAuthentication: false, where: { node: { visibility: { eq: "PUBLIC" }, published: { eq: true }, space: { visibility: { eq: "PUBLIC" } } } } },
    { requireAuthentication: false, where: { node: { space: { id: { in: "$jwt.spaceIds" } } } } }
  ]) {
    id: ID!
    title: String!
    visibility: String!
    sortAt: DateTime!
    """
    Published (sortAt not after now). A rule cannot compare a DateTime field with the present (a JWT
    claim is refused against DateTime, and there is no "now" operator), hence @cypher.
    """
    published: Boolean! @cypher(statement: "RETURN this.sortAt <= datetime() AS published", columnName: "published")
    space: Space @relationship(type: "IN_SPACE", direction: OUT)
    aboutActions: [Space!]! @relationship(type: "ABOUT_ACTION", direction: OUT)
    placedBy: [Space!]! @relationship(type: "PLACES", direction: IN, properties: "Placement")
  }

  # Q7 (writes): types only the write benchmark uses, with every property the API's stores write, so
  # the generated create/update mutations write the same nodes and relationships. No @authorization:
  # the rights rule (EDITOR on a space, inherited down PART_OF) cannot be expressed from JWT claims.
  "Properties of a link as the API writes them (cypher/link/create-links)."
  type LinkWrite @relationshipProperties {
    id: ID
    since: DateTime
    until: DateTime
    createdAt: DateTime
  }

  type MembershipWrite @relationshipProperties {
    id: ID!
    role: String!
    since: DateTime!
  }

  type PositionWrite @relationshipProperties {
    position: Int!
  }

  type PersonWrite @node(labels: ["Person"]) {
    id: ID!
  }

  type ActionWrite @node(labels: ["Action", "Entity"]) {
    id: ID!
    name: String!
    slug: String!
    sortName: String!
    kind: String!
    description: String
    status: String!
    startsAt: DateTime
    startsAtLocal: String
    endsAt: DateTime
    allDay: Boolean!
    timeZone: String!
    visibility: String!
    createdBy: String
    createdAt: DateTime!
    updatedAt: DateTime!
    searchText: String
    parents: [ActionWrite!]! @relationship(type: "PART_OF", direction: OUT, properties: "LinkWrite")
    places: [Place!]! @relationship(type: "LOCATED_AT", direction: OUT, properties: "LinkWrite")
    themes: [Theme!]! @relationship(type: "TAGGED", direction: OUT, properties: "LinkWrite")
    members: [PersonWrite!]! @relationship(type: "MEMBER_OF", direction: IN, properties: "MembershipWrite")
  }

  type ArticleWrite @node(labels: ["Content", "Article"]) {
    id: ID!
    kind: String!
    title: String!
    summary: String
    body: String!
    visibility: String!
    publishedAt: DateTime!
    sortAt: DateTime!
    spaceId: ID!
    authorId: ID
    searchText: String
    createdAt: DateTime!
    updatedAt: DateTime!
    space: [Actor!]! @relationship(type: "IN_SPACE", direction: OUT)
    themes: [Theme!]! @relationship(type: "TAGGED", direction: OUT, properties: "PositionWrite")
  }

  "Q4: matches of a search counted by kind, theme (with broader themes) and commune; a plain object type, no node."
  type SearchFacets {
    kinds: [KindCount!]!
    themes: [IdCount!]!
    territories: [IdCount!]!
  }

  type KindCount {
    kind: String!
    count: Int!
  }

  type IdCount {
    id: ID!
    count: Int!
  }

  type Query {
    """
    Facets of an actor search (Q4); the page itself comes from the library's @fulltext query (searchActors).
    The library aggregates only a node's own fields or a relationship's direct ends, not counts grouped by
    a related node (and through BROADER paths), hence @cypher; @authorization cannot reach inside an
    aggregate either, so visibility comes from the JWT's spaceIds in the statement.
    """
    actorSearchFacets(phrase: String!, at: DateTime!, top: Int!): SearchFacets!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_text', $phrase) YIELD node AS a, score
        WHERE a:Actor AND (a.visibility = 'PUBLIC' OR a.id IN coalesce($jwt.spaceIds, []))
        WITH collect(a) AS matched
        CALL (matched) {
          UNWIND matched AS a
          WITH a.kind AS kind, count(*) AS n ORDER BY n DESC, kind
          RETURN collect({kind: kind, count: n}) AS kinds
        }
        CALL (matched) {
          UNWIND matched AS a
          MATCH (a)-[r:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= datetime($at)) AND (b.until IS NULL OR b.until > datetime($at))){0,10} (t:Theme)
          WHERE (r.since IS NULL OR r.since <= datetime($at)) AND (r.until IS NULL OR r.until > datetime($at))
          WITH t.id AS id, count(DISTINCT a) AS n ORDER BY n DESC, id LIMIT toInteger($top)
          RETURN collect({id: id, count: n}) AS themes
        }
        CALL (matched) {
          UNWIND matched AS a
          MATCH (a)-[r:LOCATED_AT]->(:Place)-[:WITHIN]->(t:Territory {level: 'COMMUNE'})
          WHERE (r.since IS NULL OR r.since <= datetime($at)) AND (r.until IS NULL OR r.until > datetime($at))
          WITH t.id AS id, count(DISTINCT a) AS n ORDER BY n DESC, id LIMIT toInteger($top)
          RETURN collect({id: id, count: n}) AS territories
        }
        RETURN {kinds: kinds, themes: themes, territories: territories} AS facets
        """
        columnName: "facets"
      )

    """Facets of an action search (Q4), as actorSearchFacets."""
    actionSearchFacets(phrase: String!, at: DateTime!, top: Int!): SearchFacets!
      @cypher(
        statement: """
        CALL db.index.fulltext.queryNodes('entity_text', $phrase) YIELD node AS a, score
        WHERE a:Action AND (a.visibility = 'PUBLIC' OR a.id IN coalesce($jwt.spaceIds, []))
        WITH collect(a) AS matched
        CALL (matched) {
          UNWIND matched AS a
          WITH a.kind AS kind, count(*) AS n ORDER BY n DESC, kind
          RETURN collect({kind: kind, count: n}) AS kinds
        }
        CALL (matched) {
          UNWIND matched AS a
          MATCH (a)-[r:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= datetime($at)) AND (b.until IS NULL OR b.until > datetime($at))){0,10} (t:Theme)
          WHERE (r.since IS NULL OR r.since <= datetime($at)) AND (r.until IS NULL OR r.until > datetime($at))
          WITH t.id AS id, count(DISTINCT a) AS n ORDER BY n DESC, id LIMIT toInteger($top)
          RETURN collect({id: id, count: n}) AS themes
        }
        CALL (matched) {
          UNWIND matched AS a
          MATCH (a)-[r:LOCATED_AT]->(:Place)-[:WITHIN]->(t:Territory {level: 'COMMUNE'})
          WHERE (r.since IS NULL OR r.since <= datetime($at)) AND (r.until IS NULL OR r.until > datetime($at))
          WITH t.id AS id, count(DISTINCT a) AS n ORDER BY n DESC, id LIMIT toInteger($top)
          RETURN collect({id: id, count: n}) AS territories
        }
        RETURN {kinds: kinds, themes: themes, territories: territories} AS facets
        """
        columnName: "facets"
      )

    """
    Actions located in a bounding box and tagged with a theme or a narrower one, by name. The library
    has no bounding-box filter (only a distance), hence @cypher; visibility still comes from @authorization.
    """
    mapActions(west: Float!, south: Float!, east: Float!, north: Float!, themeId: ID!, at: DateTime!): [Action!]!
      @cypher(
        statement: """
        MATCH (a:Action)-[r:LOCATED_AT]->(p:Place)
        WHERE point.withinBBox(p.location, point({longitude: $west, latitude: $south}), point({longitude: $east, latitude: $north}))
          AND (r.since IS NULL OR r.since <= datetime($at)) AND (r.until IS NULL OR r.until > datetime($at))
          AND EXISTS {
            MATCH (a)-[t:TAGGED]->(:Theme) (()-[b:BROADER]->() WHERE (b.since IS NULL OR b.since <= datetime($at)) AND (b.until IS NULL OR b.until > datetime($at))){0,10} (th:Theme)
            WHERE th.id = $themeId AND (t.since IS NULL OR t.since <= datetime($at)) AND (t.until IS NULL OR t.until > datetime($at))
          }
        WITH DISTINCT a ORDER BY a.sortName, a.id
        RETURN a
        """
        columnName: "a"
      )

    """
    The ids of the spaces whose items reach a space at an instant (the API's rule, cypher/shared/reach):
    its PART_OF subtree, the actions its subtree's actors carry or take part in with their subtrees, its
    partnerships, a partnership's actions with their subtrees, all through links valid at "at". The
    library's relationship filters have a fixed depth and no per-hop condition on a variable-length path,
    hence @cypher; the articles themselves are then filtered, sorted and counted by the library.
    """
    spaceReach(spaceId: ID!, at: DateTime!): [ID!]!
      @cypher(
        statement: """
        // The library hands a DateTime argument to the statement as a string: compare as a datetime.
        WITH datetime($at) AS at
        ${REACH}
        RETURN collect(DISTINCT src.id) AS ids
        """
        columnName: "ids"
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
