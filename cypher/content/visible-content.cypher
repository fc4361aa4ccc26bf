// Fragment: content item `c`, posted in space `s`, is visible to the reader ($access) at $now: its
// space is visible, and the item is public and published, or the reader may see the space's
// members-only items. The one rule for items, wherever they are read, shown through another item
// (a cover, attached media) or looked up by a write.
(s.visibility IS NULL OR s.visibility = 'PUBLIC' OR $access.isAdmin OR s.id IN $access.spaceIds)
  AND ((c.visibility = 'PUBLIC' AND c.sortAt <= datetime($now)) OR $access.isAdmin OR s.id IN $access.spaceIds)
