// The one lookup of the ids a write names (api/auth/lookup.ts), made before any rights check:
// entities, content items, memberships, invitations and join requests, each only when the author may
// see it, by the rules of the reads. A hidden id returns no row, exactly as an id that names nothing.
// Params: $ids, $access ({isAdmin, spaceIds}), $personId (null for anonymous visitors), $now.
// Returns: id, node (properties plus __typename)
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id})
  WHERE
  // @include entity/visible-entity
  RETURN n {.*, __typename: head([l IN labels(n) WHERE l <> 'Entity'])} AS node
  UNION ALL
  MATCH (c:Content {id: id})-[:IN_SPACE]->(s:Entity)
  WHERE
  // @include content/visible-content
  RETURN c {.*, __typename: head([l IN labels(c) WHERE l <> 'Content'])} AS node
  UNION ALL
  // A membership: to its member, and to whoever may read the space's member list.
  MATCH (p:Person)-[m:MEMBER_OF]->(s:Entity)
  WHERE m.id = id AND (p.id = $personId OR $access.isAdmin OR s.id IN $access.spaceIds)
  RETURN {__typename: 'Membership', id: m.id, personId: p.id, spaceId: s.id, role: m.role, since: m.since, until: m.until} AS node
  UNION ALL
  // An invitation: to the person whose sign-in e-mail it is addressed to (a link invitation is
  // accepted with its token, never by id).
  MATCH (i:Invitation {id: id}), (p:Person {id: $personId})
  WHERE i.email = p.email
  RETURN i {.id, .spaceId, .role, .email, .expiresAt, .acceptedAt, __typename: 'Invitation'} AS node
  UNION ALL
  // A join request: to the person who asked, and to whoever may read the space's member list.
  MATCH (j:JoinRequest {id: id})
  WHERE j.personId = $personId OR $access.isAdmin OR j.spaceId IN $access.spaceIds
  RETURN j {.id, .personId, .spaceId, .message, .status, .createdAt, __typename: 'JoinRequest'} AS node
}
RETURN id, node
