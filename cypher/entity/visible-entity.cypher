// Fragment: entity `n` is visible to the reader ($access): public (places, themes and territories
// have no visibility), or the reader is an administrator or may see the space's members-only items.
(n.visibility IS NULL OR n.visibility = 'PUBLIC' OR $access.isAdmin OR n.id IN $access.spaceIds)
